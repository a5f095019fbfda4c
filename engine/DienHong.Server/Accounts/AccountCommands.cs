using System.Security.Claims;
using DienHong.Server.Configuration;
using DienHong.Server.Resources;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static DienHong.Server.Configuration.ServerSettings;

namespace DienHong.Server.Accounts;

/// <summary>
/// <c>dienhong-server accounts ...</c> (quản lý tài khoản), run beside or without a running server: add an account
/// linked to a person, give an account a new temporary password, or give the demo accounts a new password.
/// </summary>
public static class AccountCommands
{
    public const string Name = "accounts";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration)
    {
        var (server, database) = Read(configuration);
        var services = new ServiceCollection().AddLogging().AddAccounts(server, database).BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            await using (var db = await provider.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            var users = provider.GetRequiredService<UserManager<ServerUser>>();
            return args switch
            {
                ["add", var user, .. var options] => await AddAsync(users, server, user, options),
                ["password", var user] => await ResetAsync(users, user),
                ["demo-password"] => await DemoPasswordAsync(provider.GetRequiredService<DemoAccounts>()),
                _ => throw new ServerStartException(ServerText.AccountsUsage),
            };
        }
    }

    private static async Task<int> AddAsync(UserManager<ServerUser> users, ServerOptions server, string name, IReadOnlyList<string> options)
    {
        string? person = null;
        var roles = new List<string>();
        for (var i = 0; i < options.Count; i++)
        {
            switch (options[i])
            {
                case "--person" when i + 1 < options.Count:
                    person = options[++i];
                    break;
                case "--role" when i + 1 < options.Count:
                    var role = options[++i];
                    roles.Add(DienHongClaims.AppRoles.Contains(role) ? role : throw new ServerStartException(F(ServerText.AccountRoleUnknown, role)));
                    break;
                default:
                    throw new ServerStartException(ServerText.AccountsUsage);
            }
        }

        if (person is not null && !OrganizationHas(server, person))
        {
            throw new ServerStartException(F(ServerText.AccountPersonUnknown, server.OrganizationPath, person));
        }

        if (await users.FindByNameAsync(name) is not null)
        {
            throw new ServerStartException(F(ServerText.AccountExists, name));
        }

        var password = Passwords.Generate();
        var user = new ServerUser { UserName = name, PersonId = person, MustChangePassword = true };
        Check(name, await users.CreateAsync(user, password));
        if (roles.Count > 0)
        {
            Check(name, await users.AddClaimsAsync(user, roles.Select(r => new Claim(ClaimTypes.Role, r))));
        }

        Console.WriteLine(F(ServerText.AccountCreated, name, password));
        return 0;
    }

    private static async Task<int> ResetAsync(UserManager<ServerUser> users, string name)
    {
        var user = await users.FindByNameAsync(name) ?? throw new ServerStartException(F(ServerText.AccountMissing, name));
        var password = Passwords.Generate();
        Check(name, await users.RemovePasswordAsync(user));
        Check(name, await users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        Check(name, await users.UpdateAsync(user));
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        Console.WriteLine(F(ServerText.AccountPasswordReset, name, password));
        return 0;
    }

    private static async Task<int> DemoPasswordAsync(DemoAccounts demo)
    {
        var (password, count) = await demo.ResetPasswordAsync(CancellationToken.None);
        if (count == 0)
        {
            throw new ServerStartException(ServerText.NoDemoAccounts);
        }

        Console.WriteLine(F(ServerText.DemoPasswordReset, count, password));
        return 0;
    }

    private static bool OrganizationHas(ServerOptions server, string personId)
    {
        try
        {
            return File.Exists(server.OrganizationPath) && OrganizationJson.ReadFile(server.OrganizationPath).People.Any(p => p.Id == personId);
        }
        catch (OrganizationFormatException e)
        {
            throw new ServerStartException(F(ServerText.OrganizationUnusable, e.Message), e);
        }
    }

    private static void Check(string name, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ServerStartException(F(ServerText.AccountRefused, name, string.Join(" ", result.Errors.Select(e => e.Description))));
        }
    }
}
