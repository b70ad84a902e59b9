using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>
/// Reads and writes the safetensors format (https://github.com/huggingface/safetensors), which PyTorch,
/// Hugging Face and others use for named tensors: an 8-byte little-endian header length, a JSON header
/// (dtype, shape and byte range of each tensor, plus optional string metadata), then the raw row-major
/// little-endian bytes. Malformed input throws <see cref="SafeTensorsFormatException"/> naming the problem.
/// </summary>
public static class SafeTensors
{
    /// <summary>
    /// Writes the tensors (any device, any layout) and metadata to path, replacing any file there. The file
    /// is written beside it under a temporary name, flushed to disk and moved into place, so a failed write (or
    /// a crash, even of the machine) leaves the old file or the new one, never a mix.
    /// </summary>
    public static void Save(string path, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var target = Path.GetFullPath(path);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                SafeTensorsWriter.Write(stream, tensors, metadata);
                // Without this the rename can reach the disk before the data, and a crash leaves an empty file.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes the tensors and metadata at the stream's position; the stream is left open.</summary>
    public static void Save(Stream stream, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null) =>
        SafeTensorsWriter.Write(stream, tensors, metadata);

    /// <summary>Reads a whole safetensors file; the tensors come back on the CPU.</summary>
    public static SafeTensorsFile Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            return SafeTensorsReader.Read(stream);
        }
        catch (SafeTensorsFormatException e)
        {
            throw e.InFile(path);
        }
    }

    /// <summary>Reads safetensors data from the stream's position to its end; the stream is left open.</summary>
    public static SafeTensorsFile Load(Stream stream) => SafeTensorsReader.Read(stream);

    /// <summary>Reads safetensors data held in memory.</summary>
    public static SafeTensorsFile Load(byte[] data) => SafeTensorsReader.Read(new MemoryStream(data, writable: false));
}
