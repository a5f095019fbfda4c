using System.Net;
using System.Security.Cryptography;
using System.Text;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Attachments through the API on their own server (size limit 64 KB): upload and download by the uploader, the
/// kinds and sizes refused with nothing stored, a client's path never a path, reading limited to who sees the case
/// the attachment is attached to, and completing the salary step's Disclosure post-by task the way the inbox's form
/// sends it, with a proof attachment.
/// </summary>
public sealed class ApiAttachmentTests : IAsyncLifetime, IDisposable
{
    private const int Limit = 64 * 1024;
    private static readonly string[] NotAnAttachment = ["doc-17"];
    private static readonly string[] Intranet = ["intranet"];
    private readonly DataFolder folder = new();
    private ServerFactory server = null!;

    private string Stored => Path.Combine(folder.Path, "attachments");

    public Task InitializeAsync()
    {
        server = new ServerFactory(folder.Path, new Dictionary<string, string?> { ["Attachments:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_uploader_downloads_the_file_as_a_download_with_its_metadata()
    {
        var hr = await server.BearerAsync("e0104");
        var uploaded = await hr.UploadAsync("Quyết định 12.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created);
        var id = uploaded.String("id");
        id.ShouldMatch("^[0-9a-f]{32}$");
        uploaded.String("name").ShouldBe("Quyết định 12.pdf");
        uploaded.GetProperty("size").GetInt64().ShouldBe(Api.Pdf.Length);
        uploaded.String("contentType").ShouldBe("application/pdf");
        uploaded.String("sha256").ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Api.Pdf)));
        uploaded.String("uploadedBy").ShouldBe("E0104");
        uploaded.String("agency").ShouldBe("van-phong");
        File.ReadAllBytes(Path.Combine(Stored, id)).ShouldBe(Api.Pdf);

        var response = await hr.GetAsync($"/api/v1/attachments/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Api.Pdf);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Quyết định 12.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Theory]
    [InlineData("trang.html", "<html><script>alert(1)</script></html>", "attachment.type")]
    [InlineData("chay.exe", "MZ", "attachment.type")]
    [InlineData("khong-ten", "%PDF-1.7", "attachment.type")]
    [InlineData("gia.pdf", "<html><script>alert(1)</script></html>", "attachment.content")]
    [InlineData("anh.png", "%PDF-1.7", "attachment.content")]
    public async Task A_kind_not_accepted_or_a_content_unlike_its_name_is_refused_and_nothing_is_stored(string name, string content, string code)
    {
        var hr = await server.BearerAsync("e0104");
        var problem = await hr.UploadAsync(name, Encoding.ASCII.GetBytes(content), "text/html").ProblemAsync(HttpStatusCode.BadRequest, code);
        problem.String("detail").ShouldContain(name);
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_not_kept()
    {
        var hr = await server.BearerAsync("e0104");
        var large = Api.Pdf.Concat(new byte[Limit]).ToArray();
        (await hr.UploadAsync("lon.pdf", large).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "attachment.too-large")).String("detail").ShouldContain("lon.pdf");
        StoredFiles().ShouldBeEmpty();

        await hr.PostAsync("/api/v1/attachments", new StringContent("{}", Encoding.UTF8, "application/json")).ProblemAsync(HttpStatusCode.BadRequest, "attachment.missing");
    }

    [Theory]
    [InlineData("../../../evil.pdf")]
    [InlineData("..\\..\\evil.pdf")]
    [InlineData("/etc/evil.pdf")]
    public async Task A_path_in_the_name_is_harmless_the_file_is_stored_under_its_id(string name)
    {
        var hr = await server.BearerAsync("e0104");
        var uploaded = await hr.UploadAsync(name, Api.Pdf).JsonAsync(HttpStatusCode.Created);
        uploaded.String("name").ShouldBe("evil.pdf");
        StoredFiles().ShouldBe([uploaded.String("id")]);
        Directory.EnumerateFiles(folder.Path, "evil.pdf", SearchOption.AllDirectories).ShouldBeEmpty();
        File.Exists(Path.GetFullPath(Path.Combine(Stored, name))).ShouldBeFalse();
    }

    [Fact]
    public async Task Anonymous_requests_are_401()
    {
        var anonymous = server.CreateClient();
        (await anonymous.UploadAsync("a.pdf", Api.Pdf)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/attachments/{new string('a', 32)}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Once_attached_to_a_case_its_agency_reads_it_another_agency_does_not_and_only_the_uploader_may_attach_it()
    {
        var hr = await server.BearerAsync("e0104");
        var staff = await server.BearerAsync("e0110");
        var other = await server.BearerAsync("e0204");
        var id = (await hr.UploadAsync("danh-sach.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created)).String("id");

        // Before it is attached, only its uploader reads it.
        await staff.GetAsync($"/api/v1/attachments/{id}").ProblemAsync(HttpStatusCode.NotFound, "attachment.not-found");
        await other.GetAsync($"/api/v1/attachments/{id}").ProblemAsync(HttpStatusCode.NotFound, "attachment.not-found");

        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
        var task = started.GetProperty("openTasks")[0].String("id");

        // Another person's attachment, or a name that is none, is not a reference HR may use; the task stays open.
        var own = (await staff.UploadAsync("cua-toi.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created)).String("id");
        await hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted", attachments = new[] { own } }).ProblemAsync(HttpStatusCode.BadRequest, "attachment.not-owned");
        await hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted", data = new { attachments = NotAnAttachment } }).ProblemAsync(HttpStatusCode.BadRequest, "attachment.not-owned");

        await hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted", attachments = new[] { id, "https://intranet.example/quyet-dinh-12" } }).JsonAsync();
        (await staff.GetAsync($"/api/v1/attachments/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await other.GetAsync($"/api/v1/attachments/{id}").ProblemAsync(HttpStatusCode.NotFound, "attachment.not-found");

        var documents = await staff.GetAsync($"/api/v1/instances/{started.String("id")}/attachments").JsonAsync();
        documents.EnumerateArray().Select(d => d.String("id")).ShouldBe([id]);
        await other.GetAsync($"/api/v1/instances/{started.String("id")}/attachments").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
    }

    [Fact]
    public async Task The_disclosure_post_by_task_offers_its_form_and_is_completed_with_the_forms_data_and_a_proof()
    {
        var hr = await server.BearerAsync("e0104");
        var head = await server.BearerAsync("e0101");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
        var prepared = await hr.PostJsonAsync($"/api/v1/tasks/{started.GetProperty("openTasks")[0].String("id")}/complete", new { outcome = "Submitted" }).JsonAsync();
        var decided = await head.PostJsonAsync($"/api/v1/tasks/{prepared.GetProperty("openTasks")[0].String("id")}/complete", new { outcome = "Approve" }).JsonAsync();
        var post = decided.GetProperty("openTasks").EnumerateArray().Single();
        post.String("nodeId").ShouldBe("publish");

        var form = post.GetProperty("form").EnumerateArray().ToList();
        form.Select(f => (f.String("name"), f.String("kind"))).ShouldBe([("attachments", "Attachments"), ("channels", "Checklist")]);
        form[0].GetProperty("requiredFor").EnumerateArray().Select(o => o.GetString()).ShouldBe(["Posted"]);
        form[1].GetProperty("options").EnumerateArray().Select(o => o.String("value")).ShouldBe(["intranet", "notice-board"]);
        form[1].GetProperty("options")[0].GetProperty("label").String("vi").ShouldBe("Đăng trên mạng nội bộ");

        var poster = await server.BearerAsync(PersonOf(post.String("assignee")));
        await poster.PostJsonAsync($"/api/v1/tasks/{post.String("id")}/complete", new { outcome = "Posted", data = new { channels = Intranet } })
            .ProblemAsync(HttpStatusCode.BadRequest, "disclosure.proof");
        var proof = (await poster.UploadAsync("niem-yet.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg").JsonAsync(HttpStatusCode.Created)).String("id");
        await poster.PostJsonAsync($"/api/v1/tasks/{post.String("id")}/complete", new { outcome = "Posted", data = new { channels = Intranet }, attachments = new[] { proof } }).JsonAsync();

        var journal = await hr.GetAsync($"/api/v1/instances/{started.String("id")}/journal?pageSize=100").JsonAsync();
        var posted = journal.GetProperty("items").EnumerateArray().Single(e => e.String("event") == "DisclosurePosted").GetProperty("data");
        posted.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()).ShouldBe([proof]);
        posted.GetProperty("channels").EnumerateArray().Select(a => a.GetString()).ShouldBe(["intranet"]);
        (await hr.GetAsync($"/api/v1/attachments/{proof}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // A role's task goes to the demo's holder of that role in the office.
    private static string PersonOf(string assignee) => assignee switch
    {
        "role:hr" => "e0104",
        "role:head" => "e0101",
        "role:union-chair" => "e0102",
        _ => assignee.Replace("user:", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
    };

    private List<string> StoredFiles() => Directory.Exists(Stored) ? [.. Directory.EnumerateFiles(Stored).Select(Path.GetFileName).OfType<string>()] : [];
}
