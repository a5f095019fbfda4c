using System.Globalization;
using System.Net;
using DienHong.Server.Testing;
using DienHong.Testing;
using DienHong.Web.Application.Attachments;
using DienHong.Workflows.Organization;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// On PostgreSQL the attachments' index, the recorded substitutions and the announced days are in the database every
/// node shares (nothing of them in the data folder but the attachment files): a node started afterwards on the same
/// database serves the attachment and follows the substitution and the day off.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordsTests(PostgresServer postgres) : IDisposable
{
    private readonly DataFolder folder = new();

    [PostgresFact]
    public async Task Attachments_substitutions_and_announced_days_live_in_the_database_another_node_reads()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["Database:ConnectionString"] = connectionString };
        var today = AssigneeResolver.LocalDay(DateTimeOffset.UtcNow);
        var imported = await OldIndexAsync();
        string password, attachment;
        await using (var first = new ServerFactory(folder.Path, settings).Started())
        {
            password = first.DemoPassword.ShouldNotBeNull();
            var hr = await first.BearerAsync("e0104", password);
            attachment = (await hr.UploadAsync("bien-ban.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created)).String("id");
            await hr.PostJsonAsync("/api/v1/organisation/substitutions", new
            {
                agency = "van-phong",
                personId = "E0101",
                substituteId = "E0103",
                from = Iso(today),
                to = Iso(today.AddDays(3)),
            }).JsonAsync();
            var admin = await first.BearerAsync("system-admin", password);
            await admin.PostJsonAsync("/api/v1/calendar/days", new { date = "2030-06-10", kind = "dayOff", reason = new { vi = "Nghỉ bù", en = "Day off" } }).JsonAsync();
        }

        File.Exists(Path.Combine(folder.Path, "attachments", attachment)).ShouldBeTrue();
        File.Exists(Path.Combine(folder.Path, "attachments", "attachments.db.imported")).ShouldBeTrue();
        Directory.EnumerateFiles(folder.Path, "*.db", SearchOption.AllDirectories).ShouldBeEmpty();
        (await PostgresStartTests.CountAsync(connectionString, "SELECT count(*) FROM \"Attachments\"")).ShouldBe(2);
        foreach (var table in new[] { "RecordedSubstitutions", "AnnouncedDays" })
        {
            (await PostgresStartTests.CountAsync(connectionString, $"SELECT count(*) FROM \"{table}\"")).ShouldBe(1, table);
        }

        await using var second = new ServerFactory(folder.Path, settings).Started();
        foreach (var id in new[] { attachment, imported })
        {
            var download = await (await second.BearerAsync("e0104", password)).GetAsync($"/api/v1/attachments/{id}");
            download.StatusCode.ShouldBe(HttpStatusCode.OK, id);
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Api.Pdf);
        }

        var me = await (await second.BearerAsync("e0103", password)).GetAsync("/api/v1/me").JsonAsync();
        me.GetProperty("agencies").EnumerateArray().Single(a => a.String("id") == "van-phong").GetProperty("acting").EnumerateArray()
            .ShouldContain(a => a.String("role") == "head");
        var year = await (await second.BearerAsync("e0104", password)).GetAsync("/api/v1/calendar/holidays?year=2030").JsonAsync();
        year.GetProperty("days").EnumerateArray().ShouldContain(d => d.String("date") == "2030-06-10");
    }

    public void Dispose() => folder.Dispose();

    /// <summary>An index as a server on PostgreSQL kept it before: <c>attachments/attachments.db</c> beside the file, HR's upload.</summary>
    private async Task<string> OldIndexAsync()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        var attachments = Path.Combine(folder.Path, "attachments");
        Directory.CreateDirectory(attachments);
        await File.WriteAllBytesAsync(Path.Combine(attachments, id), Api.Pdf);
        await using var old = AttachmentsComposition.UseSqlite($"Data Source={Path.Combine(attachments, "attachments.db")};Pooling=False")();
        await old.Database.MigrateAsync();
        old.Attachments.Add(new Attachment
        {
            Id = id,
            Name = "cu.pdf",
            Size = Api.Pdf.Length,
            ContentType = "application/pdf",
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Api.Pdf)),
            UploadedBy = "E0104",
            Agency = "van-phong",
            UploadedAt = DateTimeOffset.UtcNow,
        });
        await old.SaveChangesAsync();
        return id;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
