import random, itertools
random.seed(7)
def lit(x):
    if isinstance(x, bool): return f"b:{x}"
    if isinstance(x, int): return f"i:{x}"
    if isinstance(x, float): return f"f:{x!r}"
    if isinstance(x, complex): return f"c:{x.real!r},{x.imag!r}"
    if isinstance(x, str): return "s:"+x.replace(" ","~")
    if x is None: return "n:"
ints=[0,1,-1,2,-2,3,7,-7,10,255,2**31,2**62,2**63-1,-2**63,2**63,2**64,-2**64,10**20,-10**20,3**50,-(5**40),True,False]
floats=[0.0,-0.0,1.0,-1.0,0.5,-2.5,1.5,3.0,1e300,-1e300,1e-300,float('inf'),-float('inf'),float('nan'),2.0**63,9007199254740993.0,0.1,7.0,-7.5]
cplx=[0j,1j,-1j,1+2j,-1.5-2.5j,complex(0,-0.0),complex(-0.0,-0.0),complex(float('inf'),1),complex(1,float('nan')),3+0j,1e200+1e200j]
binops=['add','sub','mul','truediv','floordiv','mod','divmod','pow','lt','le','eq','ne','gt','ge']
intops=['lshift','rshift','and_','or_','xor']
lines=[]
for a in ints:
    for b in ints:
        for op in binops+intops:
            if op=='pow' and isinstance(b,int) and b>100 and abs(a)>1: continue
            if op in('lshift',) and b>1000: continue
            lines.append(f"{op} {lit(a)} {lit(b)}")
for a in ints+floats:
    for b in floats+ints:
        if isinstance(a,int) and isinstance(b,int): continue
        for op in binops: lines.append(f"{op} {lit(a)} {lit(b)}")
for a in cplx+floats[:8]+[0,1,-2,True]:
    for b in cplx:
        for op in ['add','sub','mul','truediv','pow','eq','ne','lt']:
            lines.append(f"{op} {lit(a)} {lit(b)}")
        lines.append(f"{op} {lit(b)} {lit(a)}")
for a in ints+floats+cplx:
    for op in ['neg','pos','abs','hash','repr','str']: lines.append(f"{op} {lit(a)}")
    if not isinstance(a, complex):
        lines.append(f"invert {lit(a)}")
for a,b,c in [(2,10,7),(3,-1,7),(2,-1,4),(5,3,0),(-3,3,5),(3,3,-5),(7,-2,-11),(2,100,2**64+1),(2,3,1),(2,-3,-1)]:
    lines.append(f"pow {lit(a)} {lit(b)} {lit(c)}")
lines.append("pow f:2.0 i:2 i:3")
for s in ['12',' -1_0 ','0x_1f','x','1__0','١٢','1e3','','  7  ','+5','- 5','99999999999999999999999','-0','1'*30, '0b101', '0o17','0X1F']:
    lines.append(f"int {lit(s)}")
for s,b in [('0x_1f',0),('010',0),('0',0),('00',0),('z',36),('1',37),('1',1),('0b101',16),('0b101',2),('ff',16),('-FF',16),('777',8),('1'*40,2),('zz'*10,36)]:
    lines.append(f"int {lit(s)} {lit(b)}")
for x in [1.9,-1.9,float('nan'),float('inf'),1e300,-0.5]: lines.append(f"int {lit(x)}")
lines.append("int i:12 i:10"); lines.append("int n:"); lines.append("int s:1 i:10 i:3")
for s in ['1.5',' -1_0.5 ','1e500','-0','1.e5','.e5','infinity','-iNF','nan','nan1','1__0','1_.0','1._0','x',' ','1e-400','0.1e1_0','+.5','5.','1_000.000_1','١.٥']:
    lines.append(f"float {lit(s)}")
for x in [1, 2**1024, True, 1.5]: lines.append(f"float {lit(x)}")
for s in ['1+2j',' ( 1+2j ) ','j','-j','1e','1_0j','infj','nan+nanj','1+','()','1 + 2j','1e500j','1.5e3+2.5e-3J','+1.5',' 1 ','1j ','(1j','-1.5-infj','1-j','+j', '3e-2-1e2j']:
    lines.append(f"complex {lit(s)}")
for a in [(1,2),(1j,1j),(1.5,),(2,-0.0),(-0.0,),(1,'1'),('1',1),(True,False)]:
    lines.append("complex "+" ".join(lit(x) for x in a))
for x in floats+[0.3,2.675,1234.5678,-1234.5678,5e-324,1.7976931348623157e308,123456789012345678.0]:
    for nd in [None,0,1,2,-1,-2,3,10,400,-400]:
        lines.append(f"round {lit(x)}"+("" if nd is None else f" {lit(nd)}"))
    lines.append(f"hex {lit(x)}"); lines.append(f"ratio {lit(x)}")
    for op in ['floor','ceil','trunc']: lines.append(f"{op} {lit(x)}")
for x in ints:
    for nd in [None,0,-1,-2,-5,-30,2]:
        lines.append(f"round {lit(x)}"+("" if nd is None else f" {lit(nd)}"))
    lines.append(f"bit_length {lit(x)}"); lines.append(f"bit_count {lit(x)}"); lines.append(f"ratio {lit(x)}")
for s in ['0x1.8p1','-0x1p-1074','0x1p-1075','0x1.0000000000000fp0','0x1p1024','0x.8','1','inf','-nan','zz','0x1.fffffffffffff8p1023',' 0x3.a7p10 ','0x1p-1080','0x1.00000000000008p0','0x1.00000000000018p0']:
    lines.append(f"fromhex {lit(s)}")
for c in cplx:
    for s in ['','10','.2f','g','^20.3','+,','>30','e','<5']:
        lines.append(f"format {lit(c)} {lit(s)}")
open('/tmp/opcases.txt','w').write("\n".join("ev\t"+l for l in lines)+"\n")
