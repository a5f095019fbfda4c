using DienHong.Calendar;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>A workflow the designer can open (quy trình trong trình thiết kế): its key, name, newest version and that version's status, and its open draft if any.</summary>
public sealed record DesignerEntry(string Key, LocalizedText Name, int LatestVersion, DefinitionStatus LatestStatus, int? DraftVersion);
