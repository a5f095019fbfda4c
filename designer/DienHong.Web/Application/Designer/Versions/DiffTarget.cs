namespace DienHong.Web.Application.Designer.Versions;

/// <summary>Which part of a definition a change touches (phần thay đổi): a top-level field, a variable, a whole node, an edge, or one property of a node.</summary>
public enum DiffTarget
{
    Definition,
    Variable,
    Node,
    Edge,
    Property,
}
