using DienHong.Calendar;
using DienHong.Web.Application.Flowcharts;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// A node as the canvas draws it (ô trên sơ đồ): its names, its type's category, where it is, whether edges may come
/// in, and a port per outcome it can produce (<see cref="CanvasPort.Outcome"/> null: the port for any outcome).
/// </summary>
public sealed record CanvasNode(string Id, string Type, LocalizedText Name, LocalizedText? TypeName, string Category, FlowPoint Position, bool HasInput, IReadOnlyList<CanvasPort> Ports);
