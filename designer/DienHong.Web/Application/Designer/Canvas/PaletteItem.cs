using DienHong.Calendar;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>A node type the palette offers (loại bước), from its activity's descriptor.</summary>
public sealed record PaletteItem(string Type, LocalizedText Name, LocalizedText Description, string Category);
