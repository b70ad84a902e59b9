using Lottery.Contracts.Tickets;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Torch.torch;

namespace Lottery.Host.Training;

/// <summary>
/// Weights and masks as a run directory keeps them (safetensors, written atomically). A weights file that does not fit (written for another
/// architecture or variant, or by a plugin version that built the network differently) is an error naming the file
/// and, from load_state_dict, every tensor that is missing, unexpected or shaped differently, expected against found.
/// </summary>
public static class SavedWeights
{
    /// <summary>The network's state (weights and buffers) into path.</summary>
    public static void Save(string path, nn.Module network)
    {
        using var scope = NewDisposeScope();
        AtomicFile.WriteTensors(path, network.state_dict());
    }

    /// <summary>The weights saved in path into the network.</summary>
    public static void Load(string path, nn.Module network)
    {
        using var file = SafeTensors.Load(path);
        LoadInto(network, file.Tensors, path);
    }

    /// <summary>The mask saved in path (the caller owns it).</summary>
    public static Mask LoadMask(string path) => new(SafeTensors.Load(path).Tensors);

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
