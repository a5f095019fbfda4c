using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Agency facts (thông tin cơ quan): copies facts of the instance's agency from the organisation into variables,
/// e.g. the staff count on the payroll (danh sách trả lương) that the early-step quota is computed from. A value
/// the start input already gave is kept.
/// </summary>
public sealed class AgencyFactsActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "AgencyFacts",
        new LocalizedText("Thông tin cơ quan", "Agency facts"),
        new LocalizedText("Lấy thông tin của cơ quan (số người trong danh sách trả lương) từ tổ chức vào biến.", "Copies the agency's facts (the staff count on the payroll) from the organisation into variables."),
        "organisation",
        [new("staffCountVariable", PropertyKind.Text, true, new("Biến nhận số người trong danh sách trả lương.", "The variable that receives the payroll staff count."))],
        []);

    public object? Compile(NodeCompileContext context)
    {
        var variable = context.Variable("staffCountVariable");

        return new Target(variable ?? string.Empty);
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var variable = context.Config<Target>().Variable;
        if (context.Variables[variable] is not null)
        {
            return ActivityResult.Done();
        }

        var directory = context.Services.GetService<IOrganizationDirectory>();
        if (directory is null || context.Agency is null)
        {
            return ActivityResult.Fault($"'{variable}' was not given and there is no organisation to read it from (start the instance for an agency of a configured organisation).");
        }

        if (directory.FindAgency(context.Agency) is not { } agency)
        {
            return ActivityResult.Fault($"Agency '{context.Agency}' is not in the organisation.");
        }

        context.SetVariable(variable, JsonValue.Create(agency.StaffCount));
        return ActivityResult.Done();
    }

    private sealed record Target(string Variable);
}
