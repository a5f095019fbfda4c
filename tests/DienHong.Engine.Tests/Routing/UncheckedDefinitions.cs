using DienHong.Engine.Definitions;
using DienHong.Persistence.Entities;

namespace DienHong.Engine.Tests.Routing;

/// <summary>Stores a definition as published without validating it, as a version published before today's rules would be.</summary>
internal static class UncheckedDefinitions
{
    public static async Task PublishUncheckedAsync(this TestHost host, string json)
    {
        var definition = DefinitionReader.Read(json);
        await using var db = host.Database.NewContext();
        db.Definitions.Add(new DefinitionEntity
        {
            Id = Guid.NewGuid().ToString("N"),
            Key = definition.Key,
            Version = definition.Version,
            Status = "Published",
            Name = definition.Key,
            Json = json,
            CreatedAt = 0,
            PublishedAt = 0,
        });
        await db.SaveChangesAsync();
    }
}
