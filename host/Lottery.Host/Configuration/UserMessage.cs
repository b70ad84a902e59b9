namespace Lottery.Host.Configuration;

/// <summary>The text of an exception as a user should read it.</summary>
public static class UserMessage
{
    /// <summary>
    /// The exception's message without the " (Parameter 'spec')" that ArgumentException appends: the parameter is
    /// the plugin's business, the message already names the setting.
    /// </summary>
    public static string Of(Exception e) =>
        e is ArgumentException { ParamName: { } parameter } ? e.Message.Replace($" (Parameter '{parameter}')", "", StringComparison.Ordinal) : e.Message;
}
