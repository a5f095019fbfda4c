using System.Reflection;
using DienHong.Engine.Runtime;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// No cycle between the engine's namespaces (không phụ thuộc vòng), read from the compiled assembly: every type's
/// base, interfaces, fields, properties, events and method signatures, compiler-made types included (so the locals
/// that lambdas and async methods capture count too). Activities and Runtime are one layer by design (the authoring
/// API and the interpreter that calls it) and count as one namespace. The source check beside it orders the layers;
/// this one also sees what a namespace names from its parent without a <c>using</c> line.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Engine = typeof(WorkflowEngine).Assembly;

    private static readonly string[] OneLayer = ["DienHong.Engine.Activities", "DienHong.Engine.Runtime"];

    [Fact]
    public void The_engine_namespaces_have_no_cycle()
    {
        var graph = Graph(Engine);

        Cycles(graph).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_finds_a_cycle_and_sees_signatures()
    {
        var graph = Graph(Engine);

        graph["DienHong.Engine.Storage"].ShouldNotContain(Area("DienHong.Engine.Activities"));
        graph[Area("DienHong.Engine.Runtime")].ShouldContain("DienHong.Engine.Storage");
        graph["DienHong.Engine.Audit"].ShouldContain("DienHong.Engine.Storage");
        Cycles(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] }).ShouldBe(["A → B → C → A"]);
    }

    /// <summary>Namespace → the other engine namespaces its types name.</summary>
    private static Dictionary<string, HashSet<string>> Graph(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace is not null))
        {
            var area = Area(type.Namespace!);
            var from = graph.TryGetValue(area, out var set) ? set : graph[area] = [];
            foreach (var used in Named(type).SelectMany(Flatten).Where(t => t.Assembly == assembly && t.Namespace is not null).Select(t => Area(t.Namespace!)).Where(a => a != area))
            {
                from.Add(used);
            }
        }

        return graph;
    }

    private static string Area(string ns) => OneLayer.Contains(ns) ? string.Join('|', OneLayer) : ns;

    private static IEnumerable<Type> Named(Type type)
    {
        if (type.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var f in type.GetFields(Declared))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(Declared))
        {
            yield return p.PropertyType;
        }

        foreach (var e in type.GetEvents(Declared))
        {
            yield return e.EventHandlerType!;
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo method)
            {
                yield return method.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }
        }
    }

    /// <summary>A type with its element and generic argument types (<c>IReadOnlyList&lt;BookmarkRecord&gt;[]</c> names BookmarkRecord).</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Flatten)]
            : [type];
    }

    /// <summary>Each cycle once, as the path from its smallest namespace back to it.</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Keys)
        {
            Walk(start, [start]);
        }

        return [.. found];

        void Walk(string at, List<string> path)
        {
            foreach (var next in graph.TryGetValue(at, out var to) ? to : [])
            {
                if (next == path[0])
                {
                    // Reported from its smallest member only, so each cycle appears once.
                    if (path.All(p => string.CompareOrdinal(p, path[0]) >= 0))
                    {
                        found.Add(string.Join(" → ", [.. path, next]));
                    }
                }
                else if (!path.Contains(next) && string.CompareOrdinal(next, path[0]) > 0)
                {
                    Walk(next, [.. path, next]);
                }
            }
        }
    }
}
