using System.Security.Cryptography;
using DienHong.Web.Application.Administration;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Organisation;

/// <summary>
/// Substitutions (phân công thay thế khi vắng mặt) as the API lists and records them. The head of an agency assigns
/// who acts for an absent colleague and HR (tổ chức cán bộ) keeps the record, so either of them (or who acts in that
/// role today) records one, or ends it early, for two members of their agency. From then on the engine offers the
/// absent person's tasks to the substitute exactly as for a substitution of the organisation file.
/// </summary>
public sealed class SubstitutionService(
    IDbContextFactory<AdministrationDbContext> contexts, AdministrationRecords records, OrganizationDirectory organization, TimeProvider clock)
{
    /// <summary>The roles that record substitutions in their agency.</summary>
    public static readonly IReadOnlyList<string> Recorders = [Roles.Head, Roles.Hr];

    /// <summary>The substitutions of people of an agency the person sees that have not ended before today, recorded ones with their id.</summary>
    public ServiceResult<SubstitutionItem[]> List(PersonAccess access, string? agency)
    {
        if (OrganisationService.Visible(access, agency) is { } refused)
        {
            return refused;
        }

        var today = Today();
        var members = organization.Staff(agency!).Select(p => p.Id)
            .Concat(organization.Organization.Roles.Where(r => r.AgencyId == agency).Select(r => r.PersonId))
            .ToHashSet(StringComparer.Ordinal);
        var declared = organization.Organization.Substitutions.Select(s => (s, id: (string?)null));
        var recorded = records.Substitutions.Select(r => (s: AdministrationRecords.Of(r), id: (string?)r.Id));
        return declared.Concat(recorded)
            .Where(x => members.Contains(x.s.PersonId) && x.s.To >= today)
            .OrderBy(x => x.s.From)
            .Select(x => Item(x.s, x.id))
            .OfType<SubstitutionItem>()
            .ToArray();
    }

    /// <summary>Records that <see cref="RecordSubstitution.SubstituteId"/> acts for <see cref="RecordSubstitution.PersonId"/>, in force at once on this node.</summary>
    public async Task<ServiceResult<SubstitutionItem>> RecordAsync(PersonAccess access, RecordSubstitution request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Recorder(access, request.Agency) is { } refused)
        {
            return refused;
        }

        var agency = request.Agency!;
        if ((Member(request.PersonId, agency) ?? Member(request.SubstituteId, agency)) is { } notMember)
        {
            return notMember;
        }

        if (request.PersonId == request.SubstituteId)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.Self, request.PersonId);
        }

        if (request is not { From: { } from, To: { } to })
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.DatesRequired);
        }

        if (to < from)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.Reversed, from, to);
        }

        if (to < Today())
        {
            return new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.Past, to, Today());
        }

        // The organisation file's substitutions are known here; the recorded ones are checked in the database, where
        // another request (on this node or another) may have just written one.
        if (organization.Organization.Substitutions.FirstOrDefault(s => s.PersonId == request.PersonId && s.From <= to && from <= s.To) is { } declared)
        {
            return Overlap(declared.PersonId, declared.From, declared.To);
        }

        var row = new RecordedSubstitution
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Agency = agency,
            PersonId = request.PersonId!,
            SubstituteId = request.SubstituteId!,
            From = from,
            To = to,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            RecordedBy = access.Person!.Id,
            RecordedAt = clock.GetUtcNow(),
        };
        RecordedSubstitution? existing;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            existing = await SerializedWrite.ForPersonAsync(db, row.PersonId, async () =>
            {
                var overlapping = await db.Substitutions.AsNoTracking()
                    .Where(s => s.PersonId == row.PersonId && s.From <= to && from <= s.To)
                    .OrderBy(s => s.From)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (overlapping is null)
                {
                    db.Substitutions.Add(row);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                return overlapping;
            }, cancellationToken).ConfigureAwait(false);
        }

        await records.RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return Overlap(existing.PersonId, existing.From, existing.To);
        }

        return Item(AdministrationRecords.Of(row), row.Id)!;
    }

    /// <summary>
    /// Ends a recorded substitution early: the absent person is back today, so its last day becomes yesterday; one that
    /// has not begun is removed (its last day is then before its first).
    /// </summary>
    public async Task<ServiceResult<SubstitutionItem>> EndAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Substitutions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null || !access.InAgency(row.Agency))
        {
            return new ServiceRefusal(RefusalKind.NotFound, AdministrationRefusals.NotFound, id);
        }

        if (Recorder(access, row.Agency) is { } notRecorder)
        {
            return notRecorder;
        }

        var today = Today();
        if (row.To < today)
        {
            return new ServiceRefusal(RefusalKind.Conflict, AdministrationRefusals.Ended, id, row.To);
        }

        row.To = today.AddDays(-1);
        if (row.To < row.From)
        {
            db.Substitutions.Remove(row);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await records.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return Item(AdministrationRecords.Of(row), row.Id)!;
    }

    private static ServiceRefusal Overlap(string personId, DateOnly from, DateOnly to) => new(RefusalKind.Conflict, AdministrationRefusals.Overlap, personId, from, to);

    private static ServiceRefusal? Recorder(PersonAccess access, string? agency) =>
        CaseAccess.Acts(access) ?? OrganisationService.Visible(access, agency)
        ?? (Recorders.Any(r => access.HasRole(agency!, r)) ? null : new ServiceRefusal(RefusalKind.Forbidden, AdministrationRefusals.Recorder, agency));

    /// <summary>Why <paramref name="personId"/> cannot be named in a substitution of <paramref name="agency"/>, or null.</summary>
    private ServiceRefusal? Member(string? personId, string agency) =>
        organization.FindPerson(personId ?? string.Empty) is not { } person ? new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.PersonUnknown, personId)
        : person.AgencyId == agency || organization.AssignmentsOf(person.Id).Any(a => a.AgencyId == agency) ? null
        : new ServiceRefusal(RefusalKind.Invalid, AdministrationRefusals.OtherAgency, person.Id, agency);

    private SubstitutionItem? Item(Substitution s, string? id) =>
        organization.FindPerson(s.PersonId) is { } absent && organization.FindPerson(s.SubstituteId) is { } substitute
            ? new SubstitutionItem(OrganisationService.Item(absent), OrganisationService.Item(substitute), s.From, s.To, s.Reason, id)
            : null;

    private DateOnly Today() => AssigneeResolver.LocalDay(clock.GetUtcNow());
}
