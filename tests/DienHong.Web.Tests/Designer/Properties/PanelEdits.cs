using System.Text.Json.Nodes;
using Bunit;
using DienHong.Engine.Definitions;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>Edits one property of a rendered panel the way a person would, by its kind, and says which JSON the edit must give.</summary>
internal static class PanelEdits
{
    public static JsonNode Edit(IRenderedComponent<PanelHost> host, string path, PropertyKind kind, bool hasShape)
    {
        var at = $"[data-path=\"{path}\"]";
        switch (kind)
        {
            case PropertyKind.Text:
                host.Find($"{at} input[data-testid=text]").Change("edited");
                return JsonValue.Create("edited");
            case PropertyKind.Number:
                host.Find($"{at} input[data-testid=number]").Change("7");
                return JsonValue.Create(7);
            case PropertyKind.Boolean:
                host.Find($"{at} input[type=checkbox]").Change(true);
                return JsonValue.Create(true);
            case PropertyKind.Date:
                host.Find($"{at} input[data-testid=date]").Change("24/02/2027");
                return JsonValue.Create("2027-02-24");
            case PropertyKind.LocalizedText:
                host.Find($"{at} [data-testid=vi]").Change("Xin chào");
                return new JsonObject { ["vi"] = "Xin chào" };
            case PropertyKind.Template:
                host.Find($"{at} [data-testid=vi]").Change("Kính gửi {{ vars.fullName }}");
                return new JsonObject { ["vi"] = "Kính gửi {{ vars.fullName }}" };
            case PropertyKind.Duration:
                host.Find($"{at} input[data-testid=duration-amount]").Change("5");
                host.Find($"{at} [data-duration-kind=days]").Click();
                return new JsonObject { ["days"] = 5 };
            case PropertyKind.Assignee:
                host.Find($"{at} [data-testid=role-choice][data-role=union-chair]").Click();
                return new JsonObject { ["role"] = "union-chair" };
            case PropertyKind.StringList:
                host.Find($"{at} input[data-testid=add-text]").Change("Approve");
                host.Find($"{at} button[data-testid=add]").Click();
                return new JsonArray("Approve");
            case PropertyKind.Value or PropertyKind.Expression:
                host.Find($"{at} input[data-testid=expression]").Input("=vars.score >= 80");
                host.Find($"{at} input[data-testid=expression]").Blur();
                return JsonValue.Create("=vars.score >= 80");
            case PropertyKind.Json when hasShape:
                host.Find($"{at} button[data-testid=add-object]").Click();
                return new JsonObject();
            default:
                host.Find($"{at} textarea[data-testid=json]").Input("{ \"a\": [1, 2] }");
                host.Find($"{at} textarea[data-testid=json]").Blur();
                return new JsonObject { ["a"] = new JsonArray(1, 2) };
        }
    }
}
