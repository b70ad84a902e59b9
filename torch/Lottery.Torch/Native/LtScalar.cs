using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

/// <summary>The C ABI's number: kind 0 floating, 1 integral, 2 boolean (mirrors lt_scalar).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct LtScalar
{
    internal readonly int Kind;
    internal readonly double Real;
    internal readonly long Integer;

    internal LtScalar(int kind, double real, long integer)
    {
        Kind = kind;
        Real = real;
        Integer = integer;
    }
}
