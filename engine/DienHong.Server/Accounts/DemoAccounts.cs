using System.Security.Claims;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Accounts;

/// <summary>
/// The demo accounts (tài khoản dùng thử): one per person of the demo organisation (user name: the person id in lower
/// case), plus <c>workflow-admin</c> and <c>system-admin</c>, all with one generated password stored only hashed.
/// </summary>
public sealed class DemoAccounts(IDbContextFactory<AccountsDbContext> contexts, ILookupNormalizer normalizer, IPasswordHasher<ServerUser> hasher)
{
    /// <summary>The roles shown in the printed table: who a visitor most likely wants to sign in as.</summary>
    private static readonly string[] ShownRoles = [Roles.Head, Roles.Hr, Roles.UnionChair];

    public static string UserNameOf(string personId) => personId.ToLowerInvariant();

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.CountAsync(u => u.IsDemo, cancellationToken);
    }

    /// <summary>Creates every demo account with one new password, and returns the password. Call it on an accounts database without them.</summary>
    public async Task<string> CreateAsync(Organization organization, CancellationToken cancellationToken)
    {
        var password = Passwords.Generate();
        // One hash for all: PBKDF2 per account would make the first start slow, and the accounts share the password anyway.
        var hash = hasher.HashPassword(new ServerUser(), password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var person in organization.People)
        {
            db.Users.Add(NewUser(UserNameOf(person.Id), person.Id, hash));
        }

        foreach (var role in DienHongClaims.AppRoles)
        {
            var admin = NewUser(role, null, hash);
            db.Users.Add(admin);
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = admin.Id, ClaimType = ClaimTypes.Role, ClaimValue = role });
        }

        await db.SaveChangesAsync(cancellationToken);
        return password;
    }

    /// <summary>Gives every demo account a new password and returns it (and how many accounts got it).</summary>
    public async Task<(string Password, int Count)> ResetPasswordAsync(CancellationToken cancellationToken)
    {
        var password = Passwords.Generate();
        var hash = hasher.HashPassword(new ServerUser(), password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.Where(u => u.IsDemo).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            user.PasswordHash = hash;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.AccessFailedCount = 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (password, users.Count);
    }

    /// <summary>Locks the demo accounts (demo off) or unlocks those the demo switch locked (demo on); returns how many changed.</summary>
    public async Task<int> SetEnabledAsync(bool enabled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only the accounts to change are read: a start with the switch as it was reads none of the thousands there may be.
        var demo = db.Users.Where(u => u.IsDemo);
        var users = await (enabled
            ? demo.Where(u => u.LockoutEnd == DateTimeOffset.MaxValue)
            : demo.Where(u => u.LockoutEnd == null || u.LockoutEnd != DateTimeOffset.MaxValue)).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            user.LockoutEnd = enabled ? null : DateTimeOffset.MaxValue;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        await db.SaveChangesAsync(cancellationToken);
        return users.Count;
    }

    /// <summary>The short table printed at first start: the administration accounts, then each agency's head, HR and union chair.</summary>
    public static IReadOnlyList<DemoAccount> Table(OrganizationDirectory organization)
    {
        var rows = DienHongClaims.AppRoles.Select(r => new DemoAccount(r, null, null, [r])).ToList();
        var people = organization.Organization.Agencies
            .SelectMany(a => ShownRoles.SelectMany(r => organization.Holders(a.Id, r)))
            .DistinctBy(p => p.Id);
        foreach (var person in people)
        {
            var roles = organization.AssignmentsOf(person.Id)
                .Where(a => a.Role != Roles.Staff)
                .Select(a => $"{a.Role}@{a.AgencyId}")
                .ToList();
            rows.Add(new DemoAccount(UserNameOf(person.Id), person.Id, person.FullName, roles));
        }

        return rows;
    }

    private ServerUser NewUser(string userName, string? personId, string hash) => new()
    {
        UserName = userName,
        NormalizedUserName = normalizer.NormalizeName(userName),
        PersonId = personId,
        IsDemo = true,
        PasswordHash = hash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };
}
