using System.Globalization;
using System.Text.Json;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Instances;

/// <summary>A case's journal (nhật ký hồ sơ) for whoever sees the case: its entries as people read them, and its verification.</summary>
public sealed class JournalService(IJournalReader journal, CaseAccess cases, DefinitionLookup definitions, OrganizationDirectory organization)
{
    private const int VerifyBatch = 500;

    /// <summary>The entries after the cursor (a sequence number), in order.</summary>
    public async Task<ServiceResult<PageResult<JournalItem>>> ReadAsync(PersonAccess access, string instanceId, PageRequest page, CancellationToken cancellationToken = default)
    {
        if ((CaseAccess.ReadsCases(access) ?? page.Problem) is { } refused)
        {
            return refused;
        }

        long after = 0;
        if (page.After is { } cursor && (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return new ServiceRefusal(RefusalKind.Invalid, AppRefusals.PageCursor, cursor);
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var instance = found.Value.Instance;
        var definition = await definitions.GetAsync(instance.DefinitionId, cancellationToken).ConfigureAwait(false);
        var entries = await journal.ReadAsync(instanceId, after, page.Size + 1, cancellationToken).ConfigureAwait(false);
        var shown = entries.Take(page.Size).Select(e => new JournalItem(
            e.Seq, e.At, e.NodeId, e.NodeId is null ? null : definition?.FindNode(e.NodeId)?.Name, e.Event, e.Actor,
            e.Actor is null ? null : organization.FindPerson(e.Actor)?.FullName, e.Outcome, e.Comment, Data(e.Data))).ToList();
        return new PageResult<JournalItem>(shown, (int)instance.JournalSeq, entries.Count > page.Size ? shown[^1].Seq.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Recomputes the case's chain and compares its head with the case's row.</summary>
    public async Task<ServiceResult<JournalCheck>> VerifyAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.ReadsCases(access) is { } refused)
        {
            return refused;
        }

        var found = await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }

        var instance = found.Value.Instance;
        var problems = new List<JournalProblem>();
        void Problem(MessageCode code, long? seq, params object?[] args) => problems.Add(new JournalProblem(code.Value, seq, code.Format(args)));
        var (hash, seq, count) = (JournalChain.Genesis, 0L, 0L);
        while (true)
        {
            var batch = await journal.ReadAsync(instanceId, seq, VerifyBatch, cancellationToken).ConfigureAwait(false);
            foreach (var entry in batch)
            {
                if (entry.Seq != seq + 1)
                {
                    Problem(AppRefusals.JournalGap, seq + 1, seq + 1, entry.Seq);
                }

                if (JournalChain.Hash(hash, entry) != entry.Hash)
                {
                    Problem(AppRefusals.JournalHash, entry.Seq, entry.Seq);
                }

                (hash, seq, count) = (entry.Hash, entry.Seq, count + 1);
            }

            if (batch.Count < VerifyBatch)
            {
                break;
            }
        }

        if (seq != instance.JournalSeq || hash != instance.JournalHash)
        {
            Problem(AppRefusals.JournalHead, null, seq, hash, instance.JournalSeq, instance.JournalHash);
        }

        return new JournalCheck(instanceId, problems.Count == 0, count, problems);
    }

    private static JsonElement? Data(string? data)
    {
        if (data is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}
