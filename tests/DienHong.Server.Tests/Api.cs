using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>Reading the API's answers in tests: a JSON body with its status, a problem with its status and code.</summary>
internal static class Api
{
    public const string ProblemType = "https://dienhong.vn/problems/";

    /// <summary>A salary-step-regular start for <paramref name="employee"/> in the office (văn phòng), due for a step.</summary>
    public static object SalaryCase(string employee, string agency = "van-phong") => new
    {
        workflow = "salary-step-regular",
        agency,
        input = new { employeeId = employee, gradeLevel = "college", lastStepDate = "2020-01-01", completedDuties = true },
    };

    public static async Task<JsonElement> JsonAsync(this Task<HttpResponseMessage> request, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem the request answered with: its status, content type and <c>type</c> (the code's URI) are checked.</summary>
    public static async Task<JsonElement> ProblemAsync(this Task<HttpResponseMessage> request, HttpStatusCode status, string? code = null)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        if (code is not null)
        {
            problem.GetProperty("code").GetString().ShouldBe(code, text);
            problem.GetProperty("type").GetString().ShouldBe(ProblemType + code);
        }

        return problem;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { });

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body) =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>A ballot's choices by question id, kept as given (an anonymous object's property names would be camel-cased).</summary>
    public static Dictionary<string, string> Choices(params (string Question, string Choice)[] choices) => choices.ToDictionary(c => c.Question, c => c.Choice);

    /// <summary>A small PDF: its first bytes are those of a PDF, as the upload checks.</summary>
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>Uploads <paramref name="content"/> as <paramref name="fileName"/> in the multipart field <c>file</c>.</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return client.PostAsync("/api/v1/attachments", form);
    }

    public static string String(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
