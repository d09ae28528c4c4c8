import type { Role } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, type Env } from '../../config/env';
import { createdEntry } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import { hashPassword } from '../../modules/auth/password';
import { Department } from '../../modules/user/department.entity';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';
import { seedDemoActivities } from './demo-activities';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoCustomers } from './demo-customers';
import { seedDemoStory } from './demo-story';

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  department: string | null;
  birthday: string | null;
}

const DEMO_USERS: DemoUser[] = [
  {
    email: 'manager@sen.local',
    name: 'Trần Thị Mai',
    role: 'MANAGER',
    department: 'Phòng Kinh doanh',
    birthday: '1988-12-20',
  },
  {
    email: 'staff1@sen.local',
    name: 'Nguyễn Văn Đức',
    role: 'STAFF',
    department: 'Phòng Kinh doanh',
    birthday: '1995-02-28',
  },
  {
    email: 'staff2@sen.local',
    name: 'Lê Hoàng Anh',
    role: 'STAFF',
    department: 'Phòng Marketing',
    birthday: '1997-07-15',
  },
];

export interface SeedResult {
  createdAdmin: boolean;
  demo: boolean;
}

/**
 * An empty database gets its first admin (SEN_ADMIN_EMAIL / SEN_ADMIN_PASSWORD) and, when
 * SEN_DEMO_DATA is on, the demo departments and users. Later modules add their demo records here.
 */
export async function seedInitialData(
  ds: DataSource,
  services: Services,
  env: Pick<Env, 'adminEmail' | 'adminPassword' | 'demoData'> & Partial<Pick<Env, 'nodeEnv'>>,
): Promise<SeedResult> {
  if ((await ds.getRepository(User).count()) > 0) {
    return { createdAdmin: false, demo: false };
  }
  const adminHash = await hashPassword(env.adminPassword);
  const demoHash = env.demoData ? await hashPassword(DEMO_PASSWORD) : '';
  await ds.transaction(async (m) => {
    const departments = new Map<string, string>();
    if (env.demoData) {
      for (const name of ['Phòng Kinh doanh', 'Phòng Marketing']) {
        const dept = await m.save(m.create(Department, { name }));
        departments.set(name, dept.id);
        const description = auditText('department.createDemo', { name });
        await services.audit.record(
          m,
          createdEntry(dept, { module: 'department', userId: null, description }, []),
        );
      }
    }
    const admin = await services.users.insertUser(m, {
      email: env.adminEmail,
      name: 'Quản trị viên',
      passwordHash: adminHash,
      role: 'ADMIN',
      departmentId: null,
      birthday: null,
    });
    const description = auditText('user.firstAdmin', { email: admin.email });
    await services.audit.record(m, createdEntry(admin, { module: 'user', userId: null, description }, []));
    if (!env.demoData) {
      return;
    }
    for (const u of DEMO_USERS) {
      const user = await services.users.insertUser(m, {
        email: u.email,
        name: u.name,
        passwordHash: demoHash,
        role: u.role,
        departmentId: u.department ? departments.get(u.department)! : null,
        birthday: u.birthday,
      });
      const description = auditText('user.createDemo', { name: user.name, email: user.email });
      await services.audit.record(
        m,
        createdEntry(user, { module: 'user', userId: admin.id, description }, []),
      );
    }
  });
  if (env.demoData) {
    await seedDemoCustomers(ds, services);
    await seedDemoCampaigns(ds, services);
    await seedDemoActivities(ds, services);
    // The sales story (products, deals, documents, money, care) is the demo's and the browser
    // tests'; the API tests (NODE_ENV=test) keep the small base above, which they count on.
    if (env.nodeEnv !== 'test') {
      await seedDemoStory(ds, services);
    }
  }
  return { createdAdmin: true, demo: env.demoData };
}
