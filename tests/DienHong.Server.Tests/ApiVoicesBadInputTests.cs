using System.Net;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// What a client can send wrong to consultations and ballots: malformed JSON and wrong types, query values not of
/// their type, unknown or malformed ids (a ballot's id as a consultation's), page sizes and cursors, an agency the
/// person does not see. Each is a 4xx problem saying what; none is a 500, and none records a voice.
/// </summary>
public sealed class ApiVoicesBadInputTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Staff => cases.Client("e0110");

    [Theory]
    [InlineData("/api/v1/consultations/{consultation}/opinions", "{\"text\": ")]
    [InlineData("/api/v1/consultations/{consultation}/opinions", "{\"text\": \"Ý kiến\", \"anonymous\": \"yes\"}")]
    [InlineData("/api/v1/consultations/{consultation}/opinions", "{\"text\": [\"Ý kiến\"]}")]
    [InlineData("/api/v1/consultations/{consultation}/opinions", "")]
    [InlineData("/api/v1/votes/{vote}/ballots", "{\"choices\": [\"yes\"]}")]
    [InlineData("/api/v1/votes/{vote}/ballots", "{\"choice\": 5}")]
    [InlineData("/api/v1/votes/{vote}/ballots", "{\"choices\": {\"E0105\": 1}}")]
    [InlineData("/api/v1/votes/{vote}/ballots", "")]
    public async Task Malformed_json_wrong_types_and_missing_bodies_are_400_problems(string url, string body)
    {
        var problem = await Staff.PostRawAsync(Fill(url), body).ProblemAsync(HttpStatusCode.BadRequest);
        problem.String("detail").ShouldNotBeNullOrWhiteSpace();
        await NothingRecordedAsync();
    }

    [Theory]
    [InlineData("/api/v1/consultations?state=Maybe")]
    [InlineData("/api/v1/votes?state=Responding")]
    [InlineData("/api/v1/votes?pageSize=lots")]
    public async Task Query_values_of_the_wrong_type_are_400_problems(string url) =>
        await Staff.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/v1/consultations?pageSize=0", "paging.size")]
    [InlineData("/api/v1/votes?after=not-a-cursor", "paging.cursor")]
    [InlineData("/api/v1/consultations?after=5%3Ax", "paging.cursor")]
    public async Task Page_sizes_and_cursors_the_list_did_not_give_are_refused(string url, string code) =>
        await Staff.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest, code);

    [Theory]
    [InlineData("/api/v1/consultations/nothing", "consultation.not-found")]
    [InlineData("/api/v1/consultations/{case}.0", "consultation.not-found")]
    [InlineData("/api/v1/consultations/{case}.99999/summary", "consultation.not-found")]
    [InlineData("/api/v1/consultations/{vote}", "consultation.not-found")]
    [InlineData("/api/v1/votes/{consultation}/result", "vote.not-found")]
    [InlineData("/api/v1/votes/.1", "vote.not-found")]
    public async Task Unknown_and_malformed_ids_are_404_problems(string url, string code) =>
        await Staff.GetAsync(Fill(url)).ProblemAsync(HttpStatusCode.NotFound, code);

    [Fact]
    public async Task An_opinion_or_ballot_on_an_id_that_is_not_one_is_404_and_an_unseen_agency_is_403()
    {
        await Staff.PostJsonAsync($"/api/v1/consultations/{cases.Voices.Ballot}/opinions", new { text = "Ý kiến" }).ProblemAsync(HttpStatusCode.NotFound, "consultation.not-found");
        await Staff.PostJsonAsync($"/api/v1/votes/{cases.Voices.Anonymous}/ballots", new { choice = "yes" }).ProblemAsync(HttpStatusCode.NotFound, "vote.not-found");
        await Staff.GetAsync("/api/v1/consultations?agency=phong-tc-kh").ProblemAsync(HttpStatusCode.Forbidden, "agency.not-visible");
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/votes/nothing/result");
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await Staff.SendAsync(english).ProblemAsync(HttpStatusCode.NotFound, "vote.not-found")).String("detail").ShouldContain("No ballot 'nothing'");
        await NothingRecordedAsync();
    }

    private string Fill(string url) => url
        .Replace("{consultation}", cases.Voices.Anonymous, StringComparison.Ordinal)
        .Replace("{vote}", cases.Voices.Ballot, StringComparison.Ordinal)
        .Replace("{case}", cases.Voices.InstanceId, StringComparison.Ordinal);

    /// <summary>The fixture's ballot has no vote, and its consultation no opinion: the bad requests left nothing behind.</summary>
    private async Task NothingRecordedAsync()
    {
        var journal = (await cases.Client("e0101").GetAsync($"/api/v1/instances/{cases.Voices.InstanceId}/journal?pageSize=100").JsonAsync())
            .GetProperty("items").EnumerateArray().Select(e => e.String("event")).ToList();
        journal.ShouldNotContain("OpinionReceived");
        journal.ShouldNotContain("VoteCast");
    }
}
