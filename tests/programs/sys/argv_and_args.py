# sys.argv with extra command-line arguments (this program has a .args file).
import sys
print(len(sys.argv), sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
import argparse
parser = argparse.ArgumentParser(prog="argv_and_args")
parser.add_argument("first")
parser.add_argument("--flag", action="store_true")
parser.add_argument("--num", type=int, default=0)
parser.add_argument("rest", nargs="*")
ns = parser.parse_args()
print(ns.first, ns.flag, ns.num, ns.rest)
print(sorted(vars(ns).items()))
