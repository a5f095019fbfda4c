using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Tasks;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// The disclosures board (bảng công khai) for the signed-in person: what is posted for their agencies now, with the
/// days left; closed postings with their proof; one posting with its objections; an objection (named or anonymous)
/// while it is posted; and the answerer's reply, which completes the objection's reply task. Always as the signed-in
/// person; the engine checks again who may act.
/// </summary>
public sealed class DisclosureService(IDisclosureQueries postings, WorkflowEngine engine, DisclosureReader reader, DisclosureViews views, TaskService tasks)
{
    /// <summary>The open or closed postings of the person's agencies (or of one of them), newest posting first.</summary>
    public async Task<ServiceResult<PageResult<DisclosureItem>>> ListAsync(
        PersonAccess access, DisclosureListState state, string? agency, PageRequest page, CancellationToken cancellationToken = default)
    {
        if ((CaseAccess.Acts(access) ?? page.Problem) is { } refused)
        {
            return refused;
        }

        if (agency is not null && !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, AppRefusals.AgencyNotVisible, agency);
        }

        Page<DisclosurePosting> found;
        try
        {
            var agencies = agency is null ? access.Agencies.Select(a => a.Agency.Id).ToList() : [agency];
            found = await postings.ListAsync(new DisclosureQuery(agencies, state == DisclosureListState.Open, page.Size, page.After), cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, page.After);
        }

        var items = new List<DisclosureItem>(found.Items.Count);
        foreach (var posting in found.Items)
        {
            items.Add(await views.ViewAsync(posting, cancellationToken).ConfigureAwait(false));
        }

        return new PageResult<DisclosureItem>(items, found.Total, found.Next);
    }

    /// <summary>One posting with the objections the person may see.</summary>
    public async Task<ServiceResult<DisclosureDetail>> GetAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var found = await reader.ReadAsync(access, id, cancellationToken).ConfigureAwait(false);
        return found.Succeeded ? reader.Detail(access, found.Value) : found.Refusal;
    }

    /// <summary>
    /// The person's own named objections to <paramref name="items"/>, with their answers, by posting id (only the
    /// postings they objected to): the board shows them under each card on every visit, not only the one they objected in.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyDictionary<string, DisclosureDetail>>> OwnObjectionsAsync(
        PersonAccess access, IEnumerable<DisclosureItem> items, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var own = new Dictionary<string, DisclosureDetail>();
        foreach (var posting in await reader.ReadManyAsync(access, items.Select(i => i.Id), cancellationToken).ConfigureAwait(false))
        {
            // Whoever answers objections reads them all here; under the card they see only their own, without the reply task.
            var detail = reader.Detail(access, posting);
            var mine = detail.Objections.Where(o => o.Mine).Select(o => o with { ReplyTaskId = null, ReplyDueAt = null }).ToList();
            if (mine.Count > 0)
            {
                own[posting.Item.Id] = detail with { Objections = mine };
            }
        }

        return own;
    }

    /// <summary>
    /// Objects to a posting while it is posted (phản ánh), as the signed-in person, a member of its agency; anonymous
    /// when asked, and then nothing stored links the objection to them. The engine refuses it after the period.
    /// </summary>
    public async Task<ServiceResult<DisclosureDetail>> ObjectAsync(PersonAccess access, string id, PostObjection request, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var found = await reader.ReadAsync(access, id, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var posting = found.Value;
        if (posting.Item.Agency is not { } agency || !access.InAgency(agency))
        {
            return new ServiceRefusal(RefusalKind.Forbidden, DisclosureRefusals.ObjectDenied, id, posting.Item.Agency);
        }

        if (posting.OpenPosting is not { } open)
        {
            return Closed(posting);
        }

        var data = new JsonObject { ["anonymous"] = request.Anonymous };
        if (request.Text is { } text)
        {
            // Without one the engine names the missing field, rather than a null of the wrong type.
            data["text"] = text;
        }

        var input = new ResumeInput(access.Person!.Id, Data: data, Action: DisclosureActivity.ObjectAction);
        var result = await engine.ResumeAsync(open.Id, input, posting.Item.InstanceId, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return result.Status == RunStatus.AlreadyConsumed || result.Refusal?.Code.Value == ActivityRefusals.DisclosureClosed.Value
                ? Closed(posting)
                : ServiceRefusal.Of(result);
        }

        return await GetAsync(access, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers objection <paramref name="number"/> (trả lời phản ánh): completes its reply task with the outcome and
    /// text, which only who may act for that task can do (the union chair of the agency, or whom the definition names).
    /// </summary>
    public async Task<ServiceResult<DisclosureDetail>> ReplyAsync(
        PersonAccess access, string id, int number, ReplyObjection request, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var found = await reader.ReadAsync(access, id, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var objection = found.Value.Objections.FirstOrDefault(o => o.Number == number);
        if (objection?.ReplyTaskId is not { } task)
        {
            return objection?.Reply is not null
                ? new ServiceRefusal(RefusalKind.Conflict, DisclosureRefusals.ObjectionAnswered, id, number)
                : new ServiceRefusal(RefusalKind.NotFound, DisclosureRefusals.ObjectionNotFound, id, number);
        }

        var reply = new CompleteTask(request.Outcome, request.Text);
        var done = await tasks.CompleteAsync(access, task, reply, cancellationToken).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            return done.Refusal.Code.Value == AppRefusals.TaskClosed.Value
                ? new ServiceRefusal(RefusalKind.Conflict, DisclosureRefusals.ObjectionAnswered, id, number)
                : done.Refusal;
        }

        return await GetAsync(access, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The postings whose objections the person answers, with those objections: the open postings and the latest
    /// closed ones (whose replies may still be due) of their agencies, each read with its case.
    /// </summary>
    public async Task<ServiceResult<IReadOnlyList<DisclosureDetail>>> AnsweringAsync(PersonAccess access, int perState = 20, CancellationToken cancellationToken = default)
    {
        var answering = new List<DisclosureDetail>();
        foreach (var state in new[] { DisclosureListState.Open, DisclosureListState.Closed })
        {
            var listed = await ListAsync(access, state, null, new PageRequest(perState), cancellationToken).ConfigureAwait(false);
            if (!listed.Succeeded)
            {
                return listed.Refusal;
            }

            foreach (var posting in await reader.ReadManyAsync(access, listed.Value.Items.Select(i => i.Id), cancellationToken).ConfigureAwait(false))
            {
                if (reader.Detail(access, posting) is { MayAnswer: true, Objections.Count: > 0 } detail)
                {
                    answering.Add(detail);
                }
            }
        }

        return answering;
    }

    private static ServiceRefusal Closed(PostingRecord posting) =>
        new(RefusalKind.Conflict, ActivityRefusals.DisclosureClosed, posting.Item.NodeId, posting.Item.PeriodEnd?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
