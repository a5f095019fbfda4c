using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using DienHong.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DienHong.Web.Application.Attachments;

/// <summary>
/// Attachments (tệp đính kèm): a person uploads a document, refers to it when completing a task, and from then on
/// whoever sees that case may read it; before that only its uploader may. The file is stored under a random id: the
/// client's name is kept as text only, so no name reaches the file system.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<AttachmentsDbContext> contexts, AttachmentFolder folder, IOptions<AttachmentOptions> options, CaseAccess cases, TimeProvider clock)
{
    private const int BufferSize = 81920;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Stores a document the person uploads; <paramref name="progress"/> hears the bytes received so far.</summary>
    public async Task<ServiceResult<AttachmentInfo>> UploadAsync(
        PersonAccess access, string? fileName, Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var name = CleanName(fileName);
        if (name.Length == 0)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Missing);
        }

        if (AttachmentTypes.ContentTypeOf(name) is not { } contentType)
        {
            return new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Type, name, AttachmentTypes.Accepted);
        }

        Directory.CreateDirectory(folder.Path);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(folder.Path, id);
        var temporary = path + ".part";
        try
        {
            var (size, hash, head) = await CopyAsync(content, temporary, progress, cancellationToken).ConfigureAwait(false);
            if (size > MaxBytes)
            {
                return new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.TooLarge, name, Megabytes(MaxBytes));
            }

            if (!AttachmentTypes.Matches(name, head))
            {
                return new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Content, name);
            }

            File.Move(temporary, path);
            var attachment = new Attachment
            {
                Id = id,
                Name = name,
                Size = size,
                ContentType = contentType,
                Sha256 = hash,
                UploadedBy = access.Person!.Id,
                Agency = access.Person.AgencyId,
                UploadedAt = clock.GetUtcNow(),
            };
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return AttachmentInfo.Of(attachment);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Why a file of this name and size would be refused before it is sent (its kind, its size), or null.</summary>
    public ServiceRefusal? Refuses(string name, long size) =>
        AttachmentTypes.ContentTypeOf(name) is null ? new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.Type, name, AttachmentTypes.Accepted)
        : size > MaxBytes ? new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.TooLarge, name, Megabytes(MaxBytes))
        : null;

    /// <summary>The attachment for a reader: its uploader, or whoever sees a case it is attached to; otherwise not found.</summary>
    public async Task<ServiceResult<AttachmentContent>> OpenAsync(PersonAccess access, string id, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.ReadsCases(access) is { } refused)
        {
            return refused;
        }

        var notFound = new ServiceRefusal(RefusalKind.NotFound, AttachmentRefusals.NotFound, id);
        if (!IsId(id))
        {
            return notFound;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false) is not { } attachment)
        {
            return notFound;
        }

        var path = Path.Combine(folder.Path, attachment.Id);
        if (attachment.UploadedBy == access.Person?.Id && File.Exists(path))
        {
            return new AttachmentContent(AttachmentInfo.Of(attachment), path);
        }

        var instances = await db.AttachmentLinks.AsNoTracking().Where(l => l.AttachmentId == id).Select(l => l.InstanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var instance in instances)
        {
            if ((await cases.FindAsync(access, instance, cancellationToken).ConfigureAwait(false)).Succeeded && File.Exists(path))
            {
                return new AttachmentContent(AttachmentInfo.Of(attachment), path);
            }
        }

        return notFound;
    }

    /// <summary>
    /// Why the references a task is completed with may not be used, or null: each must be a web address (a link to a
    /// document kept elsewhere) or an attachment the person uploaded.
    /// </summary>
    public async Task<ServiceRefusal?> CheckAsync(PersonAccess access, IReadOnlyList<string> references, CancellationToken cancellationToken = default)
    {
        var ids = references.Where(r => !IsLink(r)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var person = access.Person?.Id;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var owned = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.UploadedBy == person).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.FirstOrDefault(i => !owned.Contains(i)) is { } stranger
            ? new ServiceRefusal(RefusalKind.Invalid, AttachmentRefusals.NotOwned, stranger)
            : null;
    }

    /// <summary>Attaches the referenced attachments to the case whose task they completed.</summary>
    public async Task LinkAsync(IReadOnlyList<string> references, string instanceId, string taskId, CancellationToken cancellationToken = default)
    {
        var ids = references.Where(r => !IsLink(r)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var linked = await db.AttachmentLinks.Where(l => l.InstanceId == instanceId && ids.Contains(l.AttachmentId)).Select(l => l.AttachmentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        db.AttachmentLinks.AddRange(ids.Except(linked).Select(i => new AttachmentLink { AttachmentId = i, InstanceId = instanceId, TaskId = taskId, LinkedAt = now }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The documents attached to a case the person sees (hồ sơ kèm theo), in the order they were attached.</summary>
    public async Task<ServiceResult<IReadOnlyList<AttachmentInfo>>> ForCaseAsync(PersonAccess access, string instanceId, CancellationToken cancellationToken = default)
    {
        if ((CaseAccess.ReadsCases(access) ?? (await cases.FindAsync(access, instanceId, cancellationToken).ConfigureAwait(false)).Refusal) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await db.AttachmentLinks.AsNoTracking().Where(l => l.InstanceId == instanceId)
            .Join(db.Attachments.AsNoTracking(), l => l.AttachmentId, a => a.Id, (l, a) => a)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Select(AttachmentInfo.Of).ToList();
    }

    /// <summary>A reference that is a web address rather than an attachment id.</summary>
    public static bool IsLink(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    // The last part of the name, whatever the client's separators, without control characters: shown, never a path.
    private static string CleanName(string? fileName)
    {
        var last = (fileName ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length > 255 ? clean[..255] : clean;
    }

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);

    // Stops reading one byte past the limit: a larger file is refused without being stored whole.
    private async Task<(long Size, string Hash, byte[] Head)> CopyAsync(Stream content, string path, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var head = new List<byte>(16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > MaxBytes)
                {
                    break;
                }

                head.AddRange(buffer.Take(Math.Min(read, 16 - head.Count)));
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                progress?.Report(size);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()), [.. head]);
    }
}
