using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using DienHong.Workflows.Activities.Notifications;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// Notify (thông báo): bilingual Liquid templates rendered into the journal by the run, then sent by the
/// dispatcher over a real SMTP conversation and into the in-app inbox.
/// </summary>
public sealed class NotifyTests
{
    private const string Variables = """[ { "name": "employeeName", "type": "string" }, { "name": "days", "type": "number" } ]""";

    private static string Notify(string id, string extra) => $$$"""
        { "id": "{{{id}}}", "type": "Notify",
          "subject": { "vi": "Hồ sơ {{ vars.employeeName }} quá hạn", "en": "The file of {{ vars.employeeName }} is overdue" },
          "body": { "vi": "Đã quá hạn {{ vars.days }} ngày (hồ sơ {{ instance.id | size }} ký tự).", "en": "Overdue by {{ vars.days }} days." }{{{extra}}} }
        """;

    private static string Flow(string key, params string[] nodes) => Workflow(key,
        string.Join(",", [Node("start", "Start"), .. nodes, Node("end", "End")]),
        string.Join(",", [Edge("start", "n1"), .. Enumerable.Range(1, nodes.Length - 1).Select(i => Edge($"n{i}", $"n{i + 1}")), Edge($"n{nodes.Length}", "end")]),
        Variables);

    private static readonly JsonObject Input = new() { ["employeeName"] = "Nguyễn Thị Hoà", ["days"] = 3 };

    [Fact]
    public async Task Vietnamese_and_English_templates_are_rendered_with_the_variables_into_the_journal()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow("notify-langs",
            Notify("n1", """, "to": { "role": "hr" } """),
            Notify("n2", """, "to": [{ "user": "E0142" }, { "email": "hr@example.vn" }], "language": "en", "channels": ["email"] """)));
        var started = await host.StartAsync("notify-langs", Input.DeepClone().AsObject());
        started.Succeeded.ShouldBeTrue(started.Message);
        started.InstanceStatus.ShouldBe(DienHong.Engine.Storage.InstanceStatus.Completed, string.Join("\n", (await host.JournalAsync(started.InstanceId!)).Select(j => j.Event + " " + j.Comment)));

        var queued = (await host.JournalAsync(started.InstanceId!)).Where(j => j.Event == "NotificationQueued").Select(j => JsonNode.Parse(j.Data!)!).ToList();
        queued.Count.ShouldBe(2);
        queued[0]["subject"]!.ToString().ShouldBe("Hồ sơ Nguyễn Thị Hoà quá hạn");
        queued[0]["body"]!.ToString().ShouldBe($"Đã quá hạn 3 ngày (hồ sơ {started.InstanceId!.Length} ký tự).");
        queued[0]["to"]!.ToJsonString().ShouldBe("""[{"role":"hr"}]""");
        queued[0]["channels"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["in-app", "email"]);
        queued[0]["language"]!.ToString().ShouldBe("vi");
        queued[1]["subject"]!.ToString().ShouldBe("The file of Nguyễn Thị Hoà is overdue");
        queued[1]["body"]!.ToString().ShouldBe("Overdue by 3 days.");
        queued[1]["channels"]!.AsArray().Select(c => c!.ToString()).ShouldBe(["email"]);
    }

    [Fact]
    public async Task Templates_reach_only_the_values_given_never_CLR_members()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow("notify-safe", """
            { "id": "n1", "type": "Notify", "to": { "role": "hr" },
              "subject": "[{{ vars.employeeName.Length }}][{{ vars.GetType }}][{{ instance.GetHashCode }}][{{ vars.employeeName.size }}]",
              "body": "{{ vars.employeeName | upcase }}" }
            """));
        var started = await host.StartAsync("notify-safe", Input.DeepClone().AsObject());
        var data = JsonNode.Parse((await host.JournalAsync(started.InstanceId!)).Single(j => j.Event == "NotificationQueued").Data!)!;
        data["subject"]!.ToString().ShouldBe("[][][][14]");
        data["body"]!.ToString().ShouldBe("NGUYỄN THỊ HOÀ");
    }

    [Theory]
    [InlineData("""{ "vi": "Hồ sơ {{ vars.employeeName ", "en": "ok" }""", "property 'subject.vi'")]
    [InlineData("""{ "vi": "ok", "en": "{% if %}" }""", "property 'subject.en'")]
    [InlineData("""{ "en": "only English" }""", "\"vi\" required")]
    public async Task A_template_error_is_a_validation_error_naming_the_node_and_property(string subject, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var json = Flow("notify-bad", $$"""{ "id": "n1", "type": "Notify", "to": { "role": "hr" }, "subject": {{subject}}, "body": "x" }""");
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;
        errors.ShouldContain(e => e.NodeId == "n1" && e.Message.Contains(message), string.Join("\n", errors));
    }

    [Theory]
    [InlineData("""{ "fax": "x" }""", "channels", "property 'to'")]
    [InlineData("""{ "email": "not an address" }""", "channels", "property 'to'")]
    [InlineData("""{ "role": "hr" }""", "pigeon", "unknown channel 'pigeon'")]
    public async Task Bad_recipients_and_channels_are_validation_errors(string to, string channel, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var json = Flow("notify-bad-to", $$"""{ "id": "n1", "type": "Notify", "to": {{to}}, "subject": "s", "body": "b", "channels": ["{{(channel == "channels" ? "email" : channel)}}"] }""");
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;
        errors.ShouldContain(e => e.NodeId == "n1" && e.Message.Contains(message), string.Join("\n", errors));
    }

    [Fact]
    public async Task The_dispatcher_sends_the_queued_message_over_SMTP_and_into_the_in_app_inbox_once()
    {
        await using var smtp = await NotifySmtpServer.StartAsync();
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow("notify-smtp",
            Notify("n1", """, "to": [{ "email": "truong.phong@example.vn" }, { "role": "hr" }, { "email": "ke.toan@example.vn" }] """),
            Notify("n2", """, "to": { "user": "E0142" }, "channels": ["in-app"] """)));
        var started = await host.StartAsync("notify-smtp", Input.DeepClone().AsObject());
        started.Succeeded.ShouldBeTrue(started.Message);

        var inbox = new InMemoryInAppInbox();
        var options = smtp.Options;
        var dispatcher = new NotificationDispatcher(
            new JournalOutbox(host.Get<IJournalReader>()), new InMemoryNotificationCursor(), inbox, new NoRecipientDirectory(), options);
        var report = await dispatcher.DispatchAsync();

        report.Notifications.ShouldBe(2);
        report.Emails.ShouldBe(1);
        report.InAppMessages.ShouldBe(2);
        var mail = smtp.Messages.ShouldHaveSingleItem();
        mail.To.Mailboxes.Select(m => m.Address).ShouldBe(["truong.phong@example.vn", "ke.toan@example.vn"]);
        mail.From.Mailboxes.Single().Name.ShouldBe("Điền Hồng");
        mail.Subject.ShouldBe("Hồ sơ Nguyễn Thị Hoà quá hạn");
        mail.TextBody!.Trim().ShouldBe($"Đã quá hạn 3 ngày (hồ sơ {started.InstanceId!.Length} ký tự).");
        (await inbox.MessagesAsync("role:hr")).ShouldHaveSingleItem().Subject.ShouldBe("Hồ sơ Nguyễn Thị Hoà quá hạn");
        (await inbox.MessagesAsync("user:E0142")).ShouldHaveSingleItem().InstanceId.ShouldBe(started.InstanceId);

        // The cursor has moved past both: a second dispatch sends nothing.
        (await dispatcher.DispatchAsync()).Notifications.ShouldBe(0);
        smtp.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_file_cursor_survives_a_new_dispatcher_and_the_in_memory_outbox_reads_journal_entries()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow("notify-cursor", Notify("n1", """, "to": { "role": "head" }, "channels": ["in-app"] """)));
        var first = await host.StartAsync("notify-cursor", Input.DeepClone().AsObject());
        var outbox = new InMemoryNotificationOutbox();
        outbox.Add(await host.JournalAsync(first.InstanceId!)).ShouldBe(1);
        var cursorFile = Path.Combine(host.Folder, "notifications.cursor");
        var inbox = new InMemoryInAppInbox();
        NotificationDispatcher Dispatcher() =>
            new(outbox, new FileNotificationCursor(cursorFile), inbox, new NoRecipientDirectory(), Options.Create(new NotificationOptions()));

        (await Dispatcher().DispatchAsync()).InAppMessages.ShouldBe(1);
        (await Dispatcher().DispatchAsync()).Notifications.ShouldBe(0);
        var second = await host.StartAsync("notify-cursor", Input.DeepClone().AsObject());
        outbox.Add(await host.JournalAsync(second.InstanceId!));
        var report = await Dispatcher().DispatchAsync();
        (report.Notifications, report.Cursor).ShouldBe((1, 2));
        (await inbox.MessagesAsync("role:head")).Count.ShouldBe(2);
    }
}
