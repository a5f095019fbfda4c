namespace DienHong.Server.Accounts;

/// <summary>One line of the demo accounts table printed at first start: user name, person (or none) and roles.</summary>
public sealed record DemoAccount(string UserName, string? PersonId, string? FullName, IReadOnlyList<string> Roles);
