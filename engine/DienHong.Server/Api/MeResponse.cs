using DienHong.Calendar;

namespace DienHong.Server.Api;

/// <summary>Who am I (tôi là ai): the account, its person, agencies with roles, and application roles.</summary>
public sealed record MeResponse(string UserName, MePerson? Person, IReadOnlyList<MeAgency> Agencies, IReadOnlyList<string> AppRoles);

/// <summary>The person an account acts as.</summary>
public sealed record MePerson(string Id, string FullName, string AgencyId);

/// <summary>An agency where the person holds a role or is staff; <see cref="Acting"/> lists roles held today for an absent person.</summary>
public sealed record MeAgency(string Id, LocalizedText Name, IReadOnlyList<string> Roles, IReadOnlyList<MeActingRole> Acting);

/// <summary>A role acted in today for <see cref="ForPersonId"/>.</summary>
public sealed record MeActingRole(string Role, string ForPersonId);
