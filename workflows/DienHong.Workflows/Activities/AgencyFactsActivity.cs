using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Resources;
using DienHong.Workflows.Organization;
using DienHong.Workflows.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Agency facts (thông tin cơ quan): copies facts of the instance's agency from the organisation into variables,
/// e.g. the staff count on the payroll (danh sách trả lương) that the early-step quota is computed from. A value
/// the start input already gave is kept.
/// </summary>
public sealed class AgencyFactsActivity() : Activity<AgencyFactsActivity.Config, NoState>(
    Describe(
        "AgencyFacts",
        new LocalizedText("Thông tin cơ quan", "Agency facts"),
        new LocalizedText("Lấy thông tin của cơ quan (số người trong danh sách trả lương) từ tổ chức vào biến.", "Copies the agency's facts (the staff count on the payroll) from the organisation into variables."),
        "organisation"))
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state)
    {
        var variable = config.StaffCountVariable!;
        if (context.Variables[variable] is not null)
        {
            return ActivityResult.Done();
        }

        var directory = context.Services.GetService<IOrganizationDirectory>();
        if (directory is null || context.Agency is null)
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.FactsNoOrganization, variable));
        }

        if (directory.FindAgency(context.Agency) is not { } agency)
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.FactsNoAgency, context.Agency));
        }

        context.SetVariable(variable, JsonValue.Create(agency.StaffCount));
        return ActivityResult.Done();
    }

    /// <summary>An AgencyFacts node's configuration: the variables it fills.</summary>
    public sealed record Config(
        [Property("Biến nhận số người trong danh sách trả lương.", "The variable that receives the payroll staff count.", Required = true, Variable = true)]
        string? StaffCountVariable);
}
