using System.Net;
using DienHong.Engine.Catalog;
using DienHong.Persistence;
using DienHong.Server.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>The first start makes everything, prints the demo password once; a second start reuses it all.</summary>
public sealed class FirstStartTests : IDisposable
{
    private readonly DataFolder folder = new();

    [Fact]
    public async Task First_start_creates_the_data_and_prints_the_demo_accounts_and_password_once()
    {
        string password;
        await using (var first = new ServerFactory(folder.Path).Started())
        {
            password = first.DemoPassword.ShouldNotBeNull();
            password.Length.ShouldBeGreaterThanOrEqualTo(10);
            first.Output.ShouldContain("e0101");
            first.Output.ShouldContain("Phạm Văn Thành (E0101)");
            first.Output.ShouldContain("system-admin");
            first.Output.ShouldContain("workflow-admin");
            first.Output.ShouldContain("Regulation catalog: 11 published, 0 unchanged");
            foreach (var file in new[] { "dienhong.db", "dienhong.keys", "accounts.db", "hangfire.db", "organization.json" })
            {
                File.Exists(folder.File(file)).ShouldBeTrue(file);
            }

            File.ReadAllText(folder.File("accounts.db")).ShouldNotContain(password);
            (await first.Services.GetRequiredService<DefinitionCatalog>().ListAsync()).Count.ShouldBe(11);
        }

        await using var second = new ServerFactory(folder.Path).Started();
        second.DemoPassword.ShouldBeNull();
        second.Output.ShouldContain("Regulation catalog: 0 published, 11 unchanged");
        second.Output.ShouldContain("accounts demo-password");
        second.Output.ShouldContain("Organisation: 7 agencies, 67 people");
        (await second.Services.GetRequiredService<DefinitionCatalog>().ListAsync()).Count.ShouldBe(11);
        var client = await second.SignedInAsync("e0101", password);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Turning_the_demo_off_locks_the_demo_accounts()
    {
        string password;
        await using (var first = new ServerFactory(folder.Path).Started())
        {
            password = first.DemoPassword!;
        }

        await using var off = new ServerFactory(folder.Path, new Dictionary<string, string?> { ["DienHong:Demo"] = "false" }).Started();
        off.Output.ShouldContain("Demo accounts: 69 locked");
        var response = await ServerFactory.SignInAsync(off.Browser(), "e0101", password);
        response.Headers.Location!.OriginalString.ShouldContain("error=locked");
    }

    [Fact]
    public async Task The_demo_switch_changes_the_accounts_once_and_turning_it_back_on_unlocks_them()
    {
        string password;
        await using (var first = new ServerFactory(folder.Path).Started())
        {
            password = first.DemoPassword!;
        }

        var off = new Dictionary<string, string?> { ["DienHong:Demo"] = "false" };
        await using (var locking = new ServerFactory(folder.Path, off).Started())
        {
            locking.Output.ShouldContain("Demo accounts: 69 locked");
        }

        await using (var again = new ServerFactory(folder.Path, off).Started())
        {
            again.Output.ShouldNotContain("locked");
        }

        await using var on = new ServerFactory(folder.Path).Started();
        on.Output.ShouldContain("Demo accounts: 69.");
        var client = await on.SignedInAsync("e0101", password);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_the_demo_a_fresh_folder_has_no_organisation_and_no_accounts()
    {
        await using var server = new ServerFactory(folder.Path, new Dictionary<string, string?> { ["DienHong:Demo"] = "false" }).Started();
        server.DemoPassword.ShouldBeNull();
        server.Output.ShouldContain("Organisation: none yet");
        File.Exists(folder.File("organization.json")).ShouldBeFalse();
        var response = await ServerFactory.SignInAsync(server.Browser(), "e0101", "Whatever-1234");
        response.Headers.Location!.OriginalString.ShouldContain("error=invalid");
    }

    public void Dispose() => folder.Dispose();
}
