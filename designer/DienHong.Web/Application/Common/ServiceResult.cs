using System.Diagnostics.CodeAnalysis;

namespace DienHong.Web.Application;

/// <summary>What a service call gives (kết quả): its value, or the refusal why not. Expected refusals are values, not exceptions.</summary>
public sealed record ServiceResult<T>
{
    private ServiceResult(T? value, ServiceRefusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public ServiceRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static implicit operator ServiceResult<T>(T value) => new(value, null);

    public static implicit operator ServiceResult<T>(ServiceRefusal refusal) => new(default, refusal);
}
