using DienHong.Engine.Definitions;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Tests.Routing;

/// <summary>Stores a definition as published without validating it, as a version published before today's rules would be.</summary>
internal static class UncheckedDefinitions
{
    public static async Task PublishUncheckedAsync(this TestHost host, string json)
    {
        // Straight to the store: the catalog would validate it.
        var definition = DefinitionReader.Read(json);
        await host.Get<IDefinitionStore>().AddAsync(new NewDefinition(
            Guid.NewGuid().ToString("N"), definition.Key, definition.Version, DefinitionStatus.Published, definition.Key, json, DateTimeOffset.UnixEpoch, "test"));
    }
}
