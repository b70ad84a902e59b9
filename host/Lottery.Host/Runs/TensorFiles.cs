using Lottery.Torch.Serialization;
using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>Checks saved safetensors files before anything is built on them.</summary>
public static class TensorFiles
{
    /// <summary>
    /// The first file that is missing (when required) or does not load (malformed, or failing its content checksum),
    /// as a message naming it; null when all are intact. Loading reads each file whole: that is what the check costs.
    /// </summary>
    public static string? FindUnreadable(IEnumerable<string> paths, bool required = true)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                if (required) return $"{path} is missing";
                continue;
            }
            try
            {
                using var file = SafeTensors.Load(path);
            }
            catch (SafeTensorsFormatException e)
            {
                return $"{path} is corrupt: {e.Problem}";
            }
            catch (IOException e)
            {
                return $"{path} cannot be read: {e.Message}";
            }
        }
        return null;
    }
}
