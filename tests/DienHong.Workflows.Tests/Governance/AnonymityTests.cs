using System.Security.Cryptography;
using System.Text;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;
using static DienHong.Workflows.Tests.Governance.GovernanceHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Anonymous means anonymous (ẩn danh): with copies of the database files (db, -wal, -shm) taken while a consultation
/// window is open, after it closes and after the response, and the organisation's staff list, an attacker cannot tie
/// an anonymous opinion to its author. The voices are keyed with a key kept outside the database, and are erased,
/// old copies included, when the window closes.
/// </summary>
public sealed class AnonymityTests
{
    private const string Variables = """[ { "name": "opinions", "type": "object" } ]""";
    private const string Consultation =
        """{ "id": "gov", "type": "Consultation", "content": "Tiêu chí thi đua năm 2027", "anonymous": true, "summaryVariable": "opinions" }""";

    private static readonly string[] Outcomes = ["Responded"];
    private static readonly IReadOnlyList<string> Staff = VoiceAttack.Staff(Path.Combine(AppContext.BaseDirectory, "chau-thanh", "organization.json"));

    // Enough anonymous voices that the node state spans several pages, whose old copies must not survive either.
    private static readonly string[] AnonymousAuthors = [.. Staff.Where(s => s is not ("E0301" or "E0001")).Take(40)];

    [Fact]
    public async Task The_database_files_alone_never_tie_an_anonymous_opinion_to_its_author()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        var id = await host.RunAsync(Flow("consult-secret", Consultation, Outcomes, Variables), "consult-secret");
        var window = ConsultationVoices.Window(id, (await host.OpenAsync(id)).NodeInstanceId);
        host.Clock.SetUtcNow(Local(2, 3, 10));
        foreach (var author in AnonymousAuthors)
        {
            (await host.SubmitAsync(id, "opine", author, $"Tiêu chí {author[^2..]} chưa rõ", anonymous: true)).Succeeded.ShouldBeTrue();
        }

        (await host.SubmitAsync(id, "opine", "E0301", "Đồng ý với dự thảo")).Succeeded.ShouldBeTrue();
        (await host.SubmitAsync(id, "opine", AnonymousAuthors[0], "Tiêu chuẩn nên hạ một bậc", anonymous: true)).Succeeded.ShouldBeTrue();
        var whileOpen = VoiceAttack.Copy(host.DatabasePath);

        (await host.AtAsync(Local(2, 16))).ShouldBe(1);
        var afterClose = VoiceAttack.Copy(host.DatabasePath);
        (await host.CompleteAsync(id, "gov", "Responded", "E0001", "Tiếp thu: hạ tiêu chuẩn một bậc")).Succeeded.ShouldBeTrue();
        var afterResponse = VoiceAttack.Copy(host.DatabasePath);

        foreach (var files in new[] { whileOpen, afterClose, afterResponse })
        {
            VoiceAttack.Written(files, Staff).ShouldContain("E0301");
            VoiceAttack.Written(files, Staff).ShouldNotContain(a => AnonymousAuthors.Contains(a));
            VoiceAttack.LinkedByHash(files, Staff).ShouldBeEmpty();
        }

        // Whoever holds the key finds the voices while the window is open (so the search looks in the right place),
        // and finds none after it closes: the closing run erased them and overwrote their old copies.
        var keyring = host.Get<IKeyring>();
        var voices = AnonymousAuthors.Select(a => ConsultationVoices.Voice(keyring, window, a)).ToList();
        voices.ShouldAllBe(v => VoiceAttack.Contains(whileOpen, v));
        voices.ShouldAllBe(v => !VoiceAttack.Contains(afterClose, v) && !VoiceAttack.Contains(afterResponse, v));

        // The window's key is in none of the files.
        var key = keyring.DeriveKey(KeyPurposes.ConsultationVoice, window);
        VoiceAttack.Contains(whileOpen, Convert.ToBase64String(key)).ShouldBeFalse();
        VoiceAttack.Contains(whileOpen, Convert.ToHexStringLower(key)).ShouldBeFalse();

        var received = (await host.JournalAsync(id)).Where(j => j.Event == "OpinionReceived").ToList();
        received.Count.ShouldBe(AnonymousAuthors.Length + 2);
        received.Where(j => j.Data!.Contains("\"anonymous\":true", StringComparison.Ordinal)).ShouldAllBe(j => j.Actor == null);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task Cancelling_the_instance_while_the_window_is_open_leaves_no_copy_of_the_voices()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        var id = await host.RunAsync(Flow("consult-cancelled", Consultation, Outcomes, Variables), "consult-cancelled");
        var window = ConsultationVoices.Window(id, (await host.OpenAsync(id)).NodeInstanceId);
        foreach (var author in AnonymousAuthors)
        {
            (await host.SubmitAsync(id, "opine", author, $"Ý kiến {author}", anonymous: true)).Succeeded.ShouldBeTrue();
        }

        (await host.Engine.CancelAsync(id, "Dừng lấy ý kiến", "E0001")).Succeeded.ShouldBeTrue();

        var files = VoiceAttack.Copy(host.DatabasePath);
        var keyring = host.Get<IKeyring>();
        AnonymousAuthors.Select(a => ConsultationVoices.Voice(keyring, window, a)).ShouldAllBe(v => !VoiceAttack.Contains(files, v));
        VoiceAttack.LinkedByHash(files, Staff).ShouldBeEmpty();
    }

    [Fact]
    public void The_attack_ties_the_author_when_the_salt_is_kept_beside_the_voices()
    {
        // What the node state held before: a random salt beside salted SHA-256 voices. The same attack links it.
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var voice = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\nE0205")));
        var state = Encoding.UTF8.GetBytes($$"""{"phase":"open","salt":"{{salt}}","submissions":[{"voice":"{{voice}}","text":"Ý kiến","anonymous":true}]}""");

        VoiceAttack.LinkedByHash(state, Staff).ShouldBe(["E0205"]);
    }
}
