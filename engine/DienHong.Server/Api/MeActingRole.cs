namespace DienHong.Server.Api;

/// <summary>A role acted in today for <see cref="ForPersonId"/>.</summary>
public sealed record MeActingRole(string Role, string ForPersonId);
