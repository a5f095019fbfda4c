namespace DienHong.Engine.Security;

/// <summary>The purposes keys are derived for; each gives a key unrelated to the others.</summary>
public static class KeyPurposes
{
    /// <summary>The seal (niêm phong) of each instance row: a MAC over its journal head and state.</summary>
    public const string InstanceSeal = "instance-seal";

    /// <summary>One voice per person in an anonymous consultation window; the context names the window.</summary>
    public const string ConsultationVoice = "consultation-voice";
}
