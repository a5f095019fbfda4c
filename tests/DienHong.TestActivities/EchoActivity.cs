using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace ThirdParty.Echo;

/// <summary>Echo (lặp lại): a node type from outside the repository's assemblies; it completes at once.</summary>
public sealed class EchoActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Echo",
        new LocalizedText("Lặp lại", "Echo"),
        new LocalizedText("Bước của một thư viện bên ngoài.", "A step from a third-party assembly."),
        "test",
        [new PropertyDescriptor("text", PropertyKind.Text, false, new LocalizedText("Nội dung", "Text"))],
        []);

    public object? Compile(NodeCompileContext context) => null;

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done();
}
