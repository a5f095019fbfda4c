using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Store.Tests;

/// <summary>
/// Anonymous voices are gone from the store once a consultation's window closes (ẩn danh): the per-person voices the
/// window kept to replace a person's earlier opinion are in the store while it is open and nowhere after it closes.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] Authors = ["P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08"];

    /// <summary>Everything the store holds, as text a person with the database could read (files, or every table's rows).</summary>
    protected abstract Task<string> EverythingStoredAsync();

    [StoreFact]
    public async Task After_an_anonymous_consultation_closes_no_voice_is_left_in_the_store()
    {
        await Catalog.ImportPublishedAsync(ConsultationJson);
        var started = await Engine.StartAsync(new StartRequest { DefinitionKey = "consult", Actor = "tester" });
        started.Status.ShouldBe(RunStatus.Ok, started.Message);
        var id = started.InstanceId!;
        var window = ConsultationVoices.Window(id, (await Runs.LoadAsync(id))!.Bookmarks.Single().NodeInstanceId);
        foreach (var author in Authors)
        {
            var open = (await Runs.LoadAsync(id))!.Bookmarks.Single();
            var opinion = new JsonObject { ["text"] = "Opinion " + author, ["anonymous"] = true };
            var sent = await Engine.ResumeAsync(open.Id, new ResumeInput(author, Data: opinion, Action: "opine"), id);
            sent.Status.ShouldBe(RunStatus.Ok, sent.Message);
        }

        var keyring = Get<IKeyring>();
        var voices = Authors.Select(a => ConsultationVoices.Voice(keyring, window, a)).ToList();
        var whileOpen = Unescaped(await EverythingStoredAsync());

        Clock.SetUtcNow(T0.AddDays(30));
        (await Engine.FireDueAsync(Clock.GetUtcNow())).ShouldBe(1);
        var afterClose = Unescaped(await EverythingStoredAsync());

        // The search looks in the right place: the voices are there while the window is open.
        voices.ShouldAllBe(v => whileOpen.Contains(v, StringComparison.Ordinal));
        voices.ShouldAllBe(v => !afterClose.Contains(v, StringComparison.Ordinal));
        afterClose.ShouldContain("Opinion P01");
    }

    private const string ConsultationJson = """
        {
          "key": "consult", "version": 1, "name": { "vi": "Lấy ý kiến", "en": "Consultation" },
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "gov", "type": "Consultation", "content": "Tiêu chí thi đua", "anonymous": true, "respondent": { "user": "head" } },
            { "id": "end", "type": "End", "outcome": "Responded" }
          ],
          "edges": [ { "from": "start", "to": "gov" }, { "from": "gov", "outcome": "Responded", "to": "end" } ]
        }
        """;

    /// <summary>Stored JSON escapes some characters (<c>\u002B</c> for <c>+</c>); undone so a base64 voice is found as written.</summary>
    private static string Unescaped(string text) =>
        Regex.Replace(text, @"\\u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
