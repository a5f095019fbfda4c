using System.Net;
using System.Text.RegularExpressions;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary><c>accounts add|password|demo-password</c>, run as a person runs them, beside the data folder of a server.</summary>
public sealed partial class AccountCommandsTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly DataFolder folder = new();

    [Fact]
    public async Task An_added_account_signs_in_with_its_temporary_password_and_must_change_it()
    {
        string oldDemo;
        await using (var first = new ServerFactory(folder.Path).Started())
        {
            oldDemo = first.DemoPassword!;
        }

        var added = await AccountsAsync("add", "nguyen.van.a", "--person", "E0105");
        added.ExitCode.ShouldBe(0, added.Error);
        var temporary = Password().Match(added.Output).Groups[1].Value;
        var demo = await AccountsAsync("demo-password");
        demo.ExitCode.ShouldBe(0, demo.Error);
        demo.Output.ShouldContain("69 demo accounts");
        var newDemo = Password().Match(demo.Output).Groups[1].Value;

        await using var server = new ServerFactory(folder.Path).Started();
        (await ServerFactory.SignInAsync(server.Browser(), "nguyen.van.a", temporary)).Headers.Location!.OriginalString.ShouldBe("/account/password?forced=true");
        (await ServerFactory.SignInAsync(server.Browser(), "e0101", oldDemo)).Headers.Location!.OriginalString.ShouldContain("error=invalid");
        var head = await server.SignedInAsync("e0101", newDemo);
        (await head.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("add|x|--person|E9999", "has no person 'E9999'")]
    [InlineData("add|x|--role|root", "Unknown role 'root': use workflow-admin or system-admin.")]
    [InlineData("password|nobody", "There is no account 'nobody'.")]
    [InlineData("rename|x", "Usage: accounts add")]
    public async Task A_wrong_command_is_one_line_and_exit_code_2(string arguments, string expected)
    {
        var (exit, _, error) = await AccountsAsync(arguments.Split('|'));
        exit.ShouldBe(2);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain(expected);
    }

    public void Dispose() => folder.Dispose();

    private Task<(int ExitCode, string Output, string Error)> AccountsAsync(params string[] arguments) =>
        ServerProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["DienHong__DataFolder"] = folder.Path }, Limit, ["accounts", .. arguments]);

    [GeneratedRegex(@": (Dh-\S+)")]
    private static partial Regex Password();
}
