using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;
using DienHong.Web.Security;

namespace DienHong.Web.Application.Launch;

/// <summary>
/// What the signed-in person may start (khởi tạo hồ sơ): each published workflow, at its newest version, in the
/// agencies where they hold one of its starter roles (any of their agencies when it names none). Starting is
/// <see cref="Instances.InstanceService.StartAsync"/>, which checks the same rules.
/// </summary>
public sealed class LaunchService(IDefinitionStore store, DefinitionLookup definitions)
{
    public async Task<ServiceResult<LaunchOption[]>> OptionsAsync(PersonAccess access, CancellationToken cancellationToken = default)
    {
        if (CaseAccess.Acts(access) is { } refused)
        {
            return refused;
        }

        var newest = (await store.ListAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Status == DefinitionStatus.Published)
            .GroupBy(d => d.Key)
            .Select(g => g.MaxBy(d => d.Version)!);
        var options = new List<LaunchOption>();
        foreach (var stored in newest)
        {
            if (await definitions.GetAsync(stored.Id, cancellationToken).ConfigureAwait(false) is not { } definition)
            {
                continue;
            }

            var agencies = access.Agencies.Where(a => MayStart(definition, a)).Select(a => new AgencyChoice(a.Agency.Id, a.Agency.Name)).ToList();
            if (agencies.Count > 0)
            {
                options.Add(new LaunchOption(
                    definition.Key, definition.Version, definition.Name, definition.Description, definition.LegalBasis, definition.Starters, agencies,
                    [.. definition.InputVariables.Select(LaunchField.Of)]));
            }
        }

        return options.OrderBy(o => o.Name.Vi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true)).ToArray();
    }

    /// <summary>Whether the person may start <paramref name="definition"/> in the agency: they hold a starter role there, or it names none.</summary>
    public static bool MayStart(WorkflowDefinition definition, AgencyAccess agency) =>
        definition.Starters is not { } starters || starters.Any(agency.Has);
}
