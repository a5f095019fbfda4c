using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The key of anonymous voices lives in the data folder's key file, outside the database: made at the first start,
/// reused after a restart, so one person still has one voice in a window that spans the restart.
/// </summary>
public sealed class KeyFileTests : IDisposable
{
    private readonly DataFolder folder = new();

    [Fact]
    public async Task The_key_file_is_made_at_the_first_start_outside_the_database_and_reused_after_a_restart()
    {
        var keyFile = folder.File("dienhong.keys");
        string password;
        VoiceCase voices;
        byte[] keys;
        await using (var first = new ServerFactory(folder.Path).Started())
        {
            first.Output.ShouldContain("Keys created in " + keyFile);
            password = first.DemoPassword!;
            keys = await File.ReadAllBytesAsync(keyFile);
            using (var json = JsonDocument.Parse(keys))
            {
                var master = json.RootElement.GetProperty("master").GetString()!;
                VoiceDatabase.Rows(folder.Path).ShouldAllBe(row => !row.Contains(master, StringComparison.Ordinal));
            }

            await VoiceCase.PublishAsync(await first.BearerAsync("workflow-admin"));
            voices = await VoiceCase.StartAsync(await first.BearerAsync("e0104"));
            await (await first.BearerAsync("e0108")).PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Trước khi khởi động lại", anonymous = true }).JsonAsync();
        }

        await using var second = new ServerFactory(folder.Path).Started();
        second.Output.ShouldNotContain("Keys created");
        (await File.ReadAllBytesAsync(keyFile)).ShouldBe(keys);

        // The same key gives the same voice: the opinion sent after the restart replaces the one sent before.
        await (await second.BearerAsync("e0108", password)).PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Sau khi khởi động lại", anonymous = true }).JsonAsync();
        await VoiceDatabase.CloseWindowAsync(second, voices.InstanceId, "consult-anonymous");
        var summary = await (await second.BearerAsync("e0101", password)).GetAsync($"/api/v1/consultations/{voices.Anonymous}/summary").JsonAsync(HttpStatusCode.OK);
        summary.GetProperty("submissions").GetInt32().ShouldBe(1);
        summary.GetProperty("opinions")[0].String("text").ShouldBe("Sau khi khởi động lại");
    }

    public void Dispose() => folder.Dispose();
}
