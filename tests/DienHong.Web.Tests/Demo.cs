using System.Security.Claims;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.Extensions.Time.Testing;

namespace DienHong.Web.Tests;

/// <summary>The Châu Thành demo organisation and principals as the server would sign them in.</summary>
public static class Demo
{
    public static OrganizationDirectory Organization { get; } = OrganizationDirectory.Load(Path.Combine(AppContext.BaseDirectory, "chau-thanh", "organization.json"));

    /// <summary>A clock at 09:00 in Vietnam on <paramref name="day"/>.</summary>
    public static FakeTimeProvider Clock(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));

    public static ClaimsPrincipal Person(string personId, params string[] appRoles) => Account(personId.ToLowerInvariant(), personId, appRoles);

    public static ClaimsPrincipal Admin(string role) => Account(role, null, role);

    public static CurrentPerson Current(DateOnly day) => new(Organization, Clock(day));

    private static ClaimsPrincipal Account(string userName, string? personId, params string[] appRoles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        if (personId is not null)
        {
            claims.Add(new Claim(DienHongClaims.Person, personId));
        }

        claims.AddRange(appRoles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
