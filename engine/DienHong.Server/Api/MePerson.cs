namespace DienHong.Server.Api;

/// <summary>The person an account acts as.</summary>
public sealed record MePerson(string Id, string FullName, string AgencyId);
