using DienHong.Calendar;

namespace DienHong.Server.Api;

/// <summary>An agency where the person holds a role or is staff; <see cref="Acting"/> lists roles held today for an absent person.</summary>
public sealed record MeAgency(string Id, LocalizedText Name, IReadOnlyList<string> Roles, IReadOnlyList<MeActingRole> Acting);
