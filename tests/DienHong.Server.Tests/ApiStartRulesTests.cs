using System.Net;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// What a start may give and who may start (POST /api/v1/instances): only the variables a definition marks as input,
/// only the roles it names as starters, and a variable filled from the starter holds the signed-in person whatever
/// the body says. In the office (văn phòng) E0104 is HR, E0101 the head, E0110 staff, E0102 deputy and union chair.
/// </summary>
public sealed class ApiStartRulesTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Theory]
    [InlineData("extensionMonths", 0)]
    [InlineData("decision", null)]
    public async Task A_variable_the_process_sets_is_refused_by_name_and_nothing_starts(string variable, int? value)
    {
        var hr = cases.Client("e0104");
        var before = (await hr.GetAsync("/api/v1/instances?workflow=salary-step-regular").JsonAsync()).GetProperty("total").GetInt32();
        var input = new Dictionary<string, object?> { ["employeeId"] = "E0105", ["gradeLevel"] = "college", ["lastStepDate"] = "2020-01-01", ["completedDuties"] = true, [variable] = value ?? (object)new { outcome = "Approve" } };

        var problem = await hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", agency = "van-phong", input })
            .ProblemAsync(HttpStatusCode.BadRequest, "input.variable-not-input");

        problem.String("detail").ShouldContain($"'{variable}'");
        (await hr.GetAsync("/api/v1/instances?workflow=salary-step-regular").JsonAsync()).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Theory]
    [InlineData("e0110")]
    [InlineData("e0102")]
    [InlineData("e0108")]
    public async Task Someone_without_a_starter_role_is_refused_with_403_naming_the_roles(string account)
    {
        var problem = await cases.Client(account).PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0105"))
            .ProblemAsync(HttpStatusCode.Forbidden, "instance.starter-role");

        problem.String("detail").ShouldContain("hr, head");
        problem.String("detail").ShouldContain("van-phong");
    }

    [Fact]
    public async Task The_head_is_a_starter_of_a_salary_step()
    {
        await cases.Client("e0101").PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0105")).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_requester_of_an_information_request_is_the_signed_in_starter_and_cannot_be_given()
    {
        var staff = cases.Client("e0110");

        var started = await staff.PostJsonAsync("/api/v1/instances", new { workflow = "information-request", agency = "van-phong", input = new { subject = "Quyết định nâng lương 01/2027" } })
            .JsonAsync(HttpStatusCode.Created);
        var forged = await staff.PostJsonAsync("/api/v1/instances", new { workflow = "information-request", agency = "van-phong", input = new { subject = "x", requester = "E0101" } })
            .ProblemAsync(HttpStatusCode.BadRequest, "input.variable-not-input");

        started.GetProperty("variables").String("requester").ShouldBe("E0110");
        forged.String("detail").ShouldContain("'requester'");
    }
}
