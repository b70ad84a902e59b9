using static Lottery.Torch.torch;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>
/// Loads tensors saved in a run directory into a network. A file that does not fit (written for another
/// architecture or variant, or by a plugin version that built the network differently) is an error naming the file
/// and, from load_state_dict, every tensor that is missing, unexpected or shaped differently, expected against found.
/// </summary>
public static class SavedWeights
{
    public static void LoadInto(nn.Module network, IReadOnlyDictionary<string, Tensor> tensors, string path)
    {
        try
        {
            network.load_state_dict(tensors);
        }
        catch (InvalidOperationException e)
        {
            // Not an IOException: the file is intact, so the callers that retry on a corrupt file must not hide this.
            throw new InvalidDataException($"{path} was saved from a different network than this run builds: {e.Message}", e);
        }
    }
}
