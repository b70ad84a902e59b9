namespace Lottery.Torch;

/// <summary>An error raised by libtorch; the message is libtorch's own (without its C++ backtrace).</summary>
public sealed class TorchException : Exception
{
    public TorchException(string message) : base(message)
    {
    }
}
