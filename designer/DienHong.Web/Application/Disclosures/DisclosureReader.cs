using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// Reads one posting from its case (đọc một lần niêm yết): the <c>DisclosurePosted</c> entry its id names, then the
/// node's journal after it (objections, answers, the take-down) up to the node's next posting, and the case's open
/// bookmarks (the audience's posting while it is open, a reply task per unanswered objection).
/// </summary>
public sealed class DisclosureReader(IJournalReader journal, IDisclosureQueries postings, CaseAccess cases, DefinitionLookup definitions, DisclosureViews views, TimeProvider clock)
{
    private const int Batch = 500;

    /// <summary>The default answerer of objections (the Disclosure's <c>answerer</c>).</summary>
    private static readonly string UnionChair = Assignee.ForRole("union-chair");

    internal async Task<ServiceResult<PostingRecord>> ReadAsync(PersonAccess access, string id, CancellationToken cancellationToken)
    {
        var notFound = new ServiceRefusal(RefusalKind.NotFound, DisclosureRefusals.NotFound, id);
        if (!DisclosureId.TryParse(id, out var instanceId, out var seq))
        {
            return notFound;
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal.Kind == RefusalKind.NotFound ? notFound : found.Refusal;
        }

        var entries = await EntriesFromAsync(instanceId, seq, cancellationToken).ConfigureAwait(false);
        if (entries.FirstOrDefault() is not { Event: JournalEvents.DisclosurePosted, NodeId: { } node } posted || posted.Seq != seq)
        {
            return notFound;
        }

        var instance = found.Value.Instance;
        var posting = new DisclosurePosting(
            instance.Id, seq, node, posted.At, posted.Data, instance.DefinitionId, instance.DefinitionKey, instance.DefinitionVersion, instance.Agency, instance.CorrelationKey, null);
        return await BuildAsync(access, DisclosureReads.Of(posting, entries.Skip(1), found.Value.Bookmarks), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The postings <paramref name="ids"/> names that the person sees, in the order asked, read together (one batch
    /// read of the store, not a case load and a journal read each); an id naming no posting is left out.
    /// </summary>
    internal async Task<IReadOnlyList<PostingRecord>> ReadManyAsync(PersonAccess access, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var keys = new List<PostingKey>();
        foreach (var id in ids)
        {
            if (DisclosureId.TryParse(id, out var instanceId, out var seq))
            {
                keys.Add(new PostingKey(instanceId, seq));
            }
        }

        keys = [.. keys.Distinct()];
        var read = (await postings.ReadAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary(r => new PostingKey(r.Posting.InstanceId, r.Posting.Seq));
        var records = new List<PostingRecord>(read.Count);
        foreach (var key in keys)
        {
            if (read.TryGetValue(key, out var one) && cases.CanSee(access, one.Posting.Agency, one.Bookmarks))
            {
                records.Add(await BuildAsync(access, one, cancellationToken).ConfigureAwait(false));
            }
        }

        return records;
    }

    /// <summary>The posting as read, with its objections and their answers, its open tasks, and whether the person answers.</summary>
    private async Task<PostingRecord> BuildAsync(PersonAccess access, DisclosureRead read, CancellationToken cancellationToken)
    {
        var posting = read.Posting;
        var node = posting.NodeId;
        var objections = new List<(JournalEntry Entry, JsonNode? Data)>();
        var replies = new Dictionary<int, ObjectionAnswer>();
        DateTimeOffset? takenDown = null;
        foreach (var entry in read.Following)
        {
            var data = entry.Data is { } json ? JsonNode.Parse(json) : null;
            switch (entry.Event)
            {
                case JournalEvents.ObjectionReceived:
                    objections.Add((entry, data));
                    break;
                case JournalEvents.ObjectionAnswered:
                    if (data?["objection"] is JsonValue n && n.TryGetValue(out int number))
                    {
                        replies[number] = new ObjectionAnswer(entry.Outcome ?? string.Empty, entry.Comment ?? string.Empty, entry.Actor, views.NameOf(entry.Actor), entry.At);
                    }

                    break;
                case JournalEvents.DisclosureTakenDown:
                    takenDown = entry.At;
                    break;
            }
        }

        var tasks = read.Replaced ? [] : read.Bookmarks.Where(b => b.NodeId == node && b.Kind == BookmarkKind.Task).ToList();
        var open = tasks.FirstOrDefault(b => b.Assignee?.StartsWith("audience:", StringComparison.Ordinal) == true);
        var replyTasks = tasks
            .Select(b => (Bookmark: b, Payload: b.Payload is { } p ? JsonNode.Parse(p) : null))
            .Where(t => t.Payload?["task"]?.ToString() == "reply" && t.Payload["objection"] is JsonValue)
            .ToDictionary(t => t.Payload!["objection"]!.GetValue<int>(), t => t.Bookmark);
        var item = await views.ViewAsync(posting with { OpenUntil = open?.DueAt }, cancellationToken).ConfigureAwait(false);
        var answerer = await AnswererAsync(posting.DefinitionId, node, cancellationToken).ConfigureAwait(false);
        var mayAnswer = (answerer is not null && cases.CanAct(access, posting.Agency, answerer)) || replyTasks.Values.Any(b => cases.CanAct(access, posting.Agency, b.Assignee));
        var person = access.Person?.Id;
        var list = objections.Select((o, i) =>
        {
            var number = i + 1;
            var anonymous = o.Data?["anonymous"] is JsonValue flag && flag.TryGetValue<bool>(out var a) && a;
            var by = anonymous ? null : o.Entry.Actor;
            var task = replyTasks.GetValueOrDefault(number);
            return new ObjectionItem(
                number, DisclosureViews.Text(o.Data?["text"]) ?? string.Empty, anonymous, o.Entry.At, by, views.NameOf(by), by is not null && by == person,
                replies.GetValueOrDefault(number), task is null ? null : TaskId.Of(posting.InstanceId, task.Id), task?.DueAt);
        }).ToList();
        return new PostingRecord(item, list, open, takenDown, mayAnswer);
    }

    /// <summary>The detail as the person may see it: every objection for whoever answers them, else only their own named ones, without the reply task.</summary>
    internal DisclosureDetail Detail(PersonAccess access, PostingRecord posting)
    {
        var shown = posting.MayAnswer
            ? posting.Objections
            : [.. posting.Objections.Where(o => o.Mine).Select(o => o with { ReplyTaskId = null, ReplyDueAt = null })];
        var agency = posting.Item.Agency;
        var canObject = posting.OpenPosting is { } open && agency is not null && access.InAgency(agency) && (open.DueAt is not { } end || clock.GetUtcNow() < end);
        return new DisclosureDetail(posting.Item, shown, canObject, posting.MayAnswer, posting.TakenDownAt);
    }

    /// <summary>The entries from <paramref name="seq"/> to the journal's end, read in batches.</summary>
    private async Task<List<JournalEntry>> EntriesFromAsync(string instanceId, long seq, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        var after = seq - 1;
        while (true)
        {
            var batch = await journal.ReadAsync(instanceId, after, Batch, cancellationToken).ConfigureAwait(false);
            entries.AddRange(batch);
            if (batch.Count < Batch)
            {
                return entries;
            }

            after = batch[^1].Seq;
        }
    }

    /// <summary>Who answers the node's objections, as a stored assignee: its <c>answerer</c> role or user, the union chair by default; null for an expression.</summary>
    private async ValueTask<string?> AnswererAsync(string definitionId, string node, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(definitionId, cancellationToken).ConfigureAwait(false);
        if (definition?.FindNode(node) is not { } step || !step.TryGetProperty("answerer", out var property))
        {
            return UnionChair;
        }

        return Assignee.Read(property) switch
        {
            { Role: { } role, Agency: null } => Assignee.ForRole(role),
            { User: { } user } => Assignee.ForUser(user),
            _ => null,
        };
    }
}
