import { vietnamDayStart, addDays, vietnamDay } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { actingAs } from '../../core/caller';
import { ActivityStatusEnum, ActivityTypeEnum } from '../../modules/activity/activity.entity';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';

interface DemoActivity {
  by: string;
  to?: string;
  name: string;
  type: ActivityTypeEnum;
  status?: ActivityStatusEnum;
  /** Days from today (Vietnamese day) and the hour of the due time. */
  dueIn: number;
  hour: number;
  description?: string;
  comment?: string;
}

/**
 * Tasks between the demo users, due around today, so "my work", the calendar and the reminder bell
 * have something to show. None is linked to a customer: the demo customers keep their levels.
 */
const ACTIVITIES: DemoActivity[] = [
  {
    by: 'manager@sen.local',
    to: 'staff1@sen.local',
    name: 'Chuẩn bị báo cáo doanh số tháng',
    type: ActivityTypeEnum.TASK,
    dueIn: 2,
    hour: 17,
    description: 'Tổng hợp doanh số theo khách hàng và nhân viên.',
    comment: 'Nhớ tách riêng khách hàng mới trong tháng.',
  },
  {
    by: 'staff1@sen.local',
    name: 'Gọi lại cho khách hỏi báo giá',
    type: ActivityTypeEnum.CALL,
    status: ActivityStatusEnum.IN_PROGRESS,
    dueIn: 0,
    hour: 15,
  },
  {
    by: 'staff1@sen.local',
    name: 'Họp giao ban phòng Kinh doanh',
    type: ActivityTypeEnum.MEETING,
    dueIn: 5,
    hour: 9,
  },
  {
    by: 'staff2@sen.local',
    name: 'Lên kế hoạch chiến dịch cuối năm',
    type: ActivityTypeEnum.TASK,
    dueIn: 7,
    hour: 10,
  },
  {
    by: 'admin@sen.local',
    to: 'manager@sen.local',
    name: 'Duyệt danh sách khách hàng VIP',
    type: ActivityTypeEnum.TASK,
    status: ActivityStatusEnum.DONE,
    dueIn: -3,
    hour: 11,
  },
];

/** Demo activities, created through the service (so their history and audit entries exist). */
export async function seedDemoActivities(
  ds: DataSource,
  services: Services,
  now = new Date(),
): Promise<void> {
  const users = new Map((await ds.getRepository(User).find()).map((u) => [u.email, u]));
  const today = vietnamDay(now);
  for (const a of ACTIVITIES) {
    const by = users.get(a.by);
    const to = a.to ? users.get(a.to) : by;
    if (!by || !to) {
      continue;
    }
    const due = new Date(vietnamDayStart(addDays(today, a.dueIn)).getTime() + a.hour * 3600 * 1000);
    const made = await services.activities.create(actingAs(by), {
      name: a.name,
      type: a.type,
      status: a.status,
      description: a.description,
      dueAt: due,
      assigneeId: to.id,
    });
    if (a.comment) {
      await services.activities.addComment(actingAs(by), made.id, a.comment);
    }
  }
}
