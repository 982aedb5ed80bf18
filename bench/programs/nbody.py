"""N-body simulation: float arithmetic in tight loops (positions, velocities, energy)."""
# QUICK_SIZE: 500
import sys

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
YEAR = 365.24


def make_system():
    # x, y, z, vx, vy, vz (per year), mass (solar masses): a sun and four made-up giants
    raw = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (4.91, -1.12, -0.11, 0.00162, 0.00781, -0.0000702, 0.000951),
        (8.27, 4.21, -0.38, -0.00274, 0.00497, 0.0000219, 0.000283),
        (12.95, -15.02, -0.21, 0.00291, 0.00241, -0.0000301, 0.0000441),
        (15.44, -25.87, 0.17, 0.00265, 0.00166, -0.0000947, 0.0000509),
    ]
    pos, vel, mass = [], [], []
    for x, y, z, vx, vy, vz, m in raw:
        pos.append([x, y, z])
        vel.append([vx * YEAR, vy * YEAR, vz * YEAR])
        mass.append(m * SOLAR_MASS)
    # make total momentum zero by adjusting the sun
    px = py = pz = 0.0
    for v, m in zip(vel, mass):
        px += v[0] * m
        py += v[1] * m
        pz += v[2] * m
    vel[0][0] = -px / mass[0]
    vel[0][1] = -py / mass[0]
    vel[0][2] = -pz / mass[0]
    return pos, vel, mass


def energy(pos, vel, mass):
    e = 0.0
    n = len(mass)
    for i in range(n):
        vx, vy, vz = vel[i]
        e += 0.5 * mass[i] * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            dx = pos[i][0] - pos[j][0]
            dy = pos[i][1] - pos[j][1]
            dz = pos[i][2] - pos[j][2]
            e -= mass[i] * mass[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(pos, vel, mass, dt, steps):
    n = len(mass)
    pairs = [(pos[i], vel[i], mass[i], pos[j], vel[j], mass[j])
             for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for (p1, v1, m1, p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v in zip(pos, vel):
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 110000
    pos, vel, mass = make_system()
    e0 = energy(pos, vel, mass)
    advance(pos, vel, mass, 0.01, steps)
    e1 = energy(pos, vel, mass)
    print(f"energy before {e0:.9f}")
    print(f"energy after  {e1:.9f}")
    print(f"checksum {sum(p[0] + p[1] + p[2] for p in pos):.6f}")


main()
