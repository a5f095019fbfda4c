namespace DienHong.Server.Api;

/// <summary>Who am I (tôi là ai): the account, its person, agencies with roles, and application roles.</summary>
public sealed record MeResponse(string UserName, MePerson? Person, IReadOnlyList<MeAgency> Agencies, IReadOnlyList<string> AppRoles);
