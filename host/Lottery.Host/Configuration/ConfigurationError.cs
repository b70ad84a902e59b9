namespace Lottery.Host.Configuration;

/// <summary>
/// A configuration problem the user must fix: the message names the key (or file), the value and what is
/// allowed. The host prints it and exits non-zero before any work starts.
/// </summary>
public sealed class ConfigurationError(string message, Exception? inner = null) : Exception(message, inner);
